package nl.schakel.web.gebeurtenis;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.UUID;
import nl.schakel.overdracht.domein.Gebeurtenis;

/**
 * One event on the feed, in CloudEvents terms (type, source, subject, time) with Dutch names, exactly as
 * docs/afspraken-tussen-onderdelen.md ("Event feed") fixes it. Data-poor: the overdracht's address and the two
 * organisations, never a name or case content; whoever needs more fetches {@code onderwerp} with its own token.
 * Every field is always present (a concept withdrawn before it was sent is no event, so there is always a receiver).
 */
@JsonbPropertyOrder({"volgnummer", "id", "type", "bron", "onderwerp", "tijdstip", "ontvanger", "eigenaar"})
public record GebeurtenisJson(
        long volgnummer,
        UUID id,
        String type,
        String bron,
        String onderwerp,
        Instant tijdstip,
        String ontvanger,
        String eigenaar) {

    /** The CloudEvents {@code source} of every overdracht event. */
    public static final String BRON = "urn:nl:schakel:overdracht";

    static GebeurtenisJson van(Gebeurtenis gebeurtenis, UriInfo uri) {
        return new GebeurtenisJson(
                gebeurtenis.volgnummer(),
                gebeurtenis.id(),
                gebeurtenis.type().type(),
                BRON,
                uri.getBaseUriBuilder().path("overdrachten").path(gebeurtenis.overdrachtId().toString()).build().toString(),
                gebeurtenis.tijdstip(),
                gebeurtenis.ontvanger(),
                gebeurtenis.eigenaar());
    }
}
