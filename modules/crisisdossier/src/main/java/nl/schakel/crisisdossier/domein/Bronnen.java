package nl.schakel.crisisdossier.domein;

import java.util.Set;
import nl.schakel.toegang.domein.Brontype;

/** The resource types of flow 3 as grants and the logboek name them. */
public final class Bronnen {

    /** The joint file: every co-owner (CRISISPARTNER, the initiator among them) opens it and all inside it until closure. */
    public static final Brontype CRISISDOSSIER = Brontype.van("CRISISDOSSIER");
    /** An entry; its author organisation holds EIGENAAR on it, so it keeps reading its own entries after closure. */
    public static final Brontype AANTEKENING = Brontype.binnen("AANTEKENING", CRISISDOSSIER);
    /** A task of the taakverdeling, opened through the file. */
    public static final Brontype TAAK = Brontype.binnen("TAAK", CRISISDOSSIER);

    /** A request to Filomena's one-stop team for a forensic or medical screening, opened through the file. */
    public static final Brontype SCREENINGSVERZOEK = Brontype.binnen("SCREENINGSVERZOEK", CRISISDOSSIER);

    public static final Set<Brontype> ALLE = Set.of(CRISISDOSSIER, AANTEKENING, TAAK, SCREENINGSVERZOEK);

    private Bronnen() {}
}
