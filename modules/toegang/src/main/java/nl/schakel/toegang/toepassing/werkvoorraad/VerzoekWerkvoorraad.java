package nl.schakel.toegang.toepassing.werkvoorraad;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.toepassing.Verzoekbehandeling;
import nl.schakel.toegang.toepassing.Verzoektermijnen;

/**
 * Requests of data subjects on "Mijn werk": for the contact point its unfinished requests (marked when one passed its
 * legal due date, with a tile of its own for those), for every partner its parts still to answer (marked when the
 * request behind one is overdue), for the functionaris gegevensbescherming every contact point's overdue requests. Counts only: the lists behind them are decided and logged by the gate.
 */
@ApplicationScoped
public class VerzoekWerkvoorraad implements Werkvoorraadbron {

    public static final String STROOM = "verzoeken";
    public static final String OPEN = "verzoeken-open";
    public static final String TE_LAAT = "verzoeken-te-laat";
    public static final String TE_BEANTWOORDEN = "deelverzoeken-te-beantwoorden";
    /** The fg's tile: every contact point's overdue requests. */
    public static final String OVER_DE_TERMIJN = "verzoeken-over-de-termijn";

    @Inject
    Verzoekbehandeling verzoeken;

    @Inject
    Verzoektermijnen termijnen;

    @Override
    public List<Werkvoorraadtegel> tegelsVoor(Medewerker medewerker) {
        List<Werkvoorraadtegel> tegels = new ArrayList<>();
        verzoeken.telOpenEnTeLaat(medewerker).ifPresent(t -> {
            tegels.add(new Werkvoorraadtegel(STROOM, OPEN, "Verzoeken van betrokkenen in behandeling", t[0], t[1] > 0, "#/verzoeken"));
            tegels.add(new Werkvoorraadtegel(STROOM, TE_LAAT, "Verzoeken van betrokkenen te laat", t[1], t[1] > 0, "#/verzoeken?teLaat=ja"));
        });
        verzoeken.telTeBeantwoorden(medewerker).ifPresent(t -> tegels.add(new Werkvoorraadtegel(STROOM, TE_BEANTWOORDEN,
                "Te beantwoorden verzoeken van betrokkenen", t[0], t[1] > 0, "#/te-beantwoorden-verzoeken")));
        termijnen.telTeLaat(medewerker).ifPresent(n -> tegels.add(new Werkvoorraadtegel(STROOM, OVER_DE_TERMIJN,
                "Verzoeken over de termijn", n, n > 0, "#/verzoektermijnen")));
        return tegels;
    }
}
