package nl.schakel.demopartner;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Eén verzoek op de webhook zoals de demopartner het vastlegde. Alleen de velden van het datarme CloudEvent; de
 * demopartner bewaart geen body's, dus ook niets wat er onverhoopt in had kunnen staan.
 *
 * @param organisatie        de organisatiecode uit het pad van de webhook
 * @param uitkomst           {@code NIEUW} (aangenomen), {@code DUBBEL} (id al eerder aangenomen, toch 2xx) of
 *                           {@code GEWEIGERD} (handtekening of inhoud klopt niet)
 * @param velden             de velden van het CloudEvent naast id, type, subject en time (ter controle: hoort leeg)
 */
record Melding(String ontvangenOp, String organisatie, String id, String type, String subject, String time,
               boolean handtekeningGeldig, String uitkomst, String velden) {

    static final String NIEUW = "NIEUW";
    static final String DUBBEL = "DUBBEL";
    static final String GEWEIGERD = "GEWEIGERD";

    JsonObject json() {
        JsonObjectBuilder b = Json.createObjectBuilder();
        zet(b, "ontvangenOp", ontvangenOp);
        zet(b, "organisatie", organisatie);
        zet(b, "id", id);
        zet(b, "type", type);
        zet(b, "subject", subject);
        zet(b, "time", time);
        b.add("handtekeningGeldig", handtekeningGeldig);
        zet(b, "uitkomst", uitkomst);
        zet(b, "velden", velden);
        return b.build();
    }

    static Melding uit(JsonObject o) {
        return new Melding(tekst(o, "ontvangenOp"), tekst(o, "organisatie"), tekst(o, "id"), tekst(o, "type"),
                tekst(o, "subject"), tekst(o, "time"), o.getBoolean("handtekeningGeldig", false),
                tekst(o, "uitkomst"), tekst(o, "velden"));
    }

    static void zet(JsonObjectBuilder b, String naam, String waarde) {
        if (waarde == null) {
            b.addNull(naam);
        } else {
            b.add(naam, waarde);
        }
    }

    static String tekst(JsonObject o, String naam) {
        return o.containsKey(naam) && !o.isNull(naam) ? o.getString(naam) : null;
    }
}
