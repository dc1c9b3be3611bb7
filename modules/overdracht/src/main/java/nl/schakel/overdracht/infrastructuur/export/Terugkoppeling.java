package nl.schakel.overdracht.infrastructuur.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.overdracht.domein.OverdrachtStatus;
import nl.schakel.overdracht.domein.inhoud.Melder;
import nl.schakel.overdracht.domein.inhoud.Meldersoort;

/**
 * What Veilig Thuis may tell the melder about an overdracht (domain.md: "the melder gets limited feedback"):
 * whether there is a follow-up and to which kind of partner, in words that fit the state, and nothing else — no
 * names of betrokkenen, no case content, no risks, not the name of the partner (a wijkteam's name says where
 * the family lives). Who the letter is addressed to, and whether there may be a letter at all, follows from the
 * kind of melder.
 */
public record Terugkoppeling(String aanhef, String geadresseerde, List<String> alineas) {

    /** The melder is anonymous or unknown: nobody to write to. */
    public static final String ANONIEME_MELDER = "OVD-020";
    /** A concept has no follow-up yet to report. */
    public static final String NOG_NIET_VERZONDEN = "OVD-021";

    static final String VEILIG_THUIS_BELLEN =
            "Maakt u zich opnieuw zorgen, neem dan contact op met Veilig Thuis: 0800-2000 (gratis, dag en nacht bereikbaar). "
                    + "Bij acuut gevaar belt u 112.";

    public Terugkoppeling {
        alineas = List.copyOf(alineas);
    }

    /**
     * @param partnersoort the kind of receiving partner in words ({@link Partnersoort#inWoorden}), or null when
     *     there is none
     * @param meldingDatum the date of the melding, the melder's own knowledge, or null
     */
    public static Terugkoppeling voor(OverdrachtStatus status, Melder melder, String partnersoort, LocalDate meldingDatum) {
        if (melder == null || melder.soort() == Meldersoort.ANONIEM || melder.naam() == null || melder.naam().isBlank()) {
            throw new ConflictFout(ANONIEME_MELDER, "Er is geen terugkoppelingsbrief mogelijk: de melder is anoniem "
                    + "of er is geen naam van de melder bekend.");
        }
        if (status == OverdrachtStatus.CONCEPT) {
            throw new ConflictFout(NOG_NIET_VERZONDEN, "Er is nog niets terug te koppelen: de overdracht is een concept "
                    + "en nog niet verzonden.");
        }
        boolean professional = melder.soort() == Meldersoort.PROFESSIONEEL;
        String naam = melder.naam().strip();
        List<String> alineas = new ArrayList<>();
        alineas.add((meldingDatum == null ? "U heeft een melding gedaan" : "U heeft op " + Teksten.datum(meldingDatum)
                + " een melding gedaan") + " bij Veilig Thuis. Met deze brief laten wij u weten wat er met uw melding is gebeurd.");
        alineas.add("Veilig Thuis heeft onderzocht hoe veilig de situatie is. " + vervolg(status, partnersoort));
        alineas.add(professional
                ? "Vanwege de privacy van de betrokkenen en het beroepsgeheim kunnen wij u niet meer vertellen over de "
                        + "situatie of over de hulp die er komt. Heeft u als professional zelf contact met de betrokkenen, "
                        + "dan kunt u uw eigen zorg of hulp voortzetten."
                : "Om de privacy van de betrokkenen te beschermen, kunnen wij u niet vertellen wat er precies gebeurt.");
        alineas.add(VEILIG_THUIS_BELLEN);
        return new Terugkoppeling(professional ? "Geachte " + naam + "," : "Beste " + naam + ",", naam, alineas);
    }

    private static String vervolg(OverdrachtStatus status, String partnersoort) {
        String partner = partnersoort == null ? Partnersoort.inWoorden(null) : partnersoort;
        return switch (status) {
            case VERZONDEN, ONTVANGEN -> "Wij vinden dat er vervolg nodig is. Daarom dragen wij de zorg voor de veiligheid "
                    + "over aan " + partner + ". Die overdracht is in gang gezet.";
            case GEACCEPTEERD -> "Wij vinden dat er vervolg nodig is. De zorg voor de veiligheid is overgedragen aan "
                    + partner + " en daar in behandeling genomen. Veilig Thuis vraagt de komende tijd na hoe het gaat.";
            case TERUGGELEGD -> "Wij vinden dat er vervolg nodig is. Veilig Thuis zorgt ervoor dat dit vervolg er komt en "
                    + "blijft tot die tijd betrokken.";
            case INGETROKKEN -> "Wij vinden dat er vervolg nodig is. Veilig Thuis houdt de zorg voor de veiligheid "
                    + "voorlopig zelf in handen.";
            case CONCEPT -> throw new IllegalStateException("een concept heeft geen vervolg");
        };
    }
}
