package nl.schakel.casusoverleg.domein;

import java.util.Set;
import nl.schakel.toegang.domein.Brontype;

/** The resource types of flow 2 as grants and the logboek name them, with their parents. */
public final class Bronnen {

    /** A case registered at a table; owned by the aanmelder, received by the table's organiser for triage. */
    public static final Brontype AANMELDING = Brontype.van("AANMELDING");
    /** A meeting of a table; owned by the organiser and the chair's organisation. */
    public static final Brontype OVERLEG = Brontype.van("OVERLEG");
    /** One case on a meeting's agenda: the meeting's owners see it, an invitation opens this item alone. */
    public static final Brontype AGENDAPUNT = Brontype.binnen("AGENDAPUNT", OVERLEG);
    /** A partner's contribution to an item: its own grant keeps it readable after the item's invitations end. */
    public static final Brontype INBRENG = Brontype.binnen("INBRENG", AGENDAPUNT);

    /**
     * An action agreed at an item: the meeting's owners see it through the meeting, its owner organisation through its
     * own grant (ACTIEHOUDER), which outlives the item's invitations until the action is closed.
     */
    public static final Brontype ACTIE = Brontype.binnen("ACTIE", AGENDAPUNT);

    public static final Set<Brontype> ALLE = Set.of(AANMELDING, OVERLEG, AGENDAPUNT, INBRENG, ACTIE);

    private Bronnen() {}
}
