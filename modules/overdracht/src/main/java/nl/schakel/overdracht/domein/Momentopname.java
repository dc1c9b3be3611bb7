package nl.schakel.overdracht.domein;

import java.util.ArrayList;
import java.util.List;
import nl.schakel.overdracht.domein.inhoud.Betrokkene;
import nl.schakel.overdracht.domein.inhoud.OverdrachtInhoud;

/**
 * The parties of an overdracht at the moment of a transition. Kept so that a data subject's inzage and the
 * logboek can tell whom a sending or an acceptance concerned, even after the content was changed.
 */
public record Momentopname(List<Betrokkenheid> betrokkenen) {

    public Momentopname {
        betrokkenen = betrokkenen == null ? List.of() : List.copyOf(betrokkenen);
    }

    public static Momentopname van(OverdrachtInhoud inhoud) {
        List<Betrokkenheid> betrokkenheden = new ArrayList<>();
        for (Betrokkene betrokkene : inhoud.betrokkenenOfLeeg()) {
            if (betrokkene != null) {
                betrokkenheden.add(new Betrokkenheid(betrokkene.id(), betrokkene.rol()));
            }
        }
        return new Momentopname(betrokkenheden);
    }
}
