package nl.schakel.web.gebeurtenis;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.schakel.gedeeld.gebeurtenis.Gebeurtenis;
import nl.schakel.gedeeld.gebeurtenis.GenummerdeGebeurtenis;

/**
 * One event on the feed, in CloudEvents terms (type, source, subject, time) with Dutch names, exactly as
 * docs/afspraken-tussen-onderdelen.md ("Event feed") fixes it. Data-poor: the resource's address and the
 * organisations, never a name or case content; whoever needs more fetches {@code onderwerp} with its own token.
 *
 * <p>An event with one receiver and one owner (every overdracht event) has {@code ontvanger} and {@code eigenaar},
 * as the feed always had. With more than one, the list takes the single field's place ({@code ontvangers},
 * {@code eigenaren}), never both: a client that only knows {@code ontvanger} must not deliver to the first of
 * several partners and miss the others. Absent fields are left out (JSON-B omits nulls).
 */
@JsonbPropertyOrder({"volgnummer", "id", "type", "bron", "onderwerp", "tijdstip", "ontvanger", "ontvangers", "eigenaar",
        "eigenaren"})
public record GebeurtenisJson(
        long volgnummer,
        UUID id,
        String type,
        String bron,
        String onderwerp,
        Instant tijdstip,
        String ontvanger,
        List<String> ontvangers,
        String eigenaar,
        List<String> eigenaren) {

    /** @param onderwerp the absolute address of the event's subject (its path below the API base, made absolute) */
    static GebeurtenisJson van(GenummerdeGebeurtenis genummerd, String onderwerp) {
        Gebeurtenis gebeurtenis = genummerd.gebeurtenis();
        return new GebeurtenisJson(
                genummerd.volgnummer(),
                gebeurtenis.id(),
                gebeurtenis.type(),
                gebeurtenis.bron(),
                onderwerp,
                gebeurtenis.tijdstip(),
                enige(gebeurtenis.ontvangers()),
                meerdere(gebeurtenis.ontvangers()),
                enige(gebeurtenis.eigenaren()),
                meerdere(gebeurtenis.eigenaren()));
    }

    private static String enige(List<String> organisaties) {
        return organisaties.size() == 1 ? organisaties.get(0) : null;
    }

    private static List<String> meerdere(List<String> organisaties) {
        return organisaties.size() > 1 ? organisaties : null;
    }
}
