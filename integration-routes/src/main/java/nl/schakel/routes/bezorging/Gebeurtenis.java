package nl.schakel.routes.bezorging;

/**
 * Eén regel uit {@code GET /api/v1/gebeurtenissen} (afspraken, "Event feed"): datarm, zonder namen of
 * inhoud van de zaak. {@code id} wordt het CloudEvent-id, {@code onderwerp} het CloudEvent-subject.
 */
public record Gebeurtenis(long volgnummer, String id, String type, String bron, String onderwerp, String tijdstip,
        String ontvanger, String eigenaar) {

    @Override
    public String toString() {
        // alleen wat ook in de logs mag: volgnummer, id, type en organisatiecode
        return "gebeurtenis " + volgnummer + " (" + id + ", " + type + ", ontvanger " + ontvanger + ")";
    }
}
