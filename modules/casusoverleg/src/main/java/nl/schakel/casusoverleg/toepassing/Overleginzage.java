package nl.schakel.casusoverleg.toepassing;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.schakel.casusoverleg.domein.Agendapunt;
import nl.schakel.casusoverleg.domein.Overleg;
import nl.schakel.casusoverleg.domein.Uitnodiging;

/**
 * A meeting as its owners see it: the agenda in order, per item who registered it, who is invited and who has shared
 * its inbreng. No personal data: the items' content is read per item ({@link Agendapuntinzage}).
 */
public record Overleginzage(Overleg overleg, Instant toegangTot, List<Regel> agenda, boolean geheimhoudingBevestigd) {

    public Overleginzage {
        agenda = List.copyOf(agenda);
    }

    /** One line of the agenda. */
    public record Regel(Agendapunt punt, String aanmeldendeOrganisatie, List<Uitnodiging> uitnodigingen, Set<String> gedeeldDoor) {

        public Regel {
            uitnodigingen = List.copyOf(uitnodigingen);
            gedeeldDoor = Set.copyOf(gedeeldDoor);
        }
    }
}
