package nl.schakel.casusoverleg.toepassing;

import java.util.List;
import java.util.Set;
import nl.schakel.casusoverleg.domein.Aanmelding;
import nl.schakel.casusoverleg.domein.Actie;
import nl.schakel.casusoverleg.domein.Agendapunt;
import nl.schakel.casusoverleg.domein.Overleg;
import nl.schakel.casusoverleg.domein.Uitnodiging;

/**
 * An agenda item as one reader may see it: its meeting, the case as far as the reader's categories reach, who is
 * invited (and who has shared), and every inbreng the reader may know of, each filtered by category; the item's own
 * actions (part of its minutes: whoever reads the item reads who does what by when), and the actions still open from
 * the case's items at earlier meetings ({@code openActies}), so the table picks them up again.
 */
public record Agendapuntinzage(Agendapunt punt, Overleg overleg, Aanmelding aanmelding, Casusinzage casus,
        List<Uitnodiging> uitnodigingen, Set<String> gedeeldDoor, List<Inbrenginzage> inbreng, boolean geheimhoudingBevestigd,
        List<Actie> acties, List<Actie> openActies) {

    public Agendapuntinzage {
        uitnodigingen = List.copyOf(uitnodigingen);
        gedeeldDoor = Set.copyOf(gedeeldDoor);
        inbreng = List.copyOf(inbreng);
        acties = List.copyOf(acties);
        openActies = List.copyOf(openActies);
    }
}
