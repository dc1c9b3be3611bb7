package nl.schakel.demopartner;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Eén mail die de demo-mailbox (GreenMail) aannam. */
record Mail(String ontvangenOp, String aan, String van, String onderwerp, String tekst) {

    JsonObject json() {
        JsonObjectBuilder b = Json.createObjectBuilder();
        Melding.zet(b, "ontvangenOp", ontvangenOp);
        Melding.zet(b, "aan", aan);
        Melding.zet(b, "van", van);
        Melding.zet(b, "onderwerp", onderwerp);
        Melding.zet(b, "tekst", tekst);
        return b.build();
    }

    static Mail uit(JsonObject o) {
        return new Mail(Melding.tekst(o, "ontvangenOp"), Melding.tekst(o, "aan"), Melding.tekst(o, "van"),
                Melding.tekst(o, "onderwerp"), Melding.tekst(o, "tekst"));
    }
}
