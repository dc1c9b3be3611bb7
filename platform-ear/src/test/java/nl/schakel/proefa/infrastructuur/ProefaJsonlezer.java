package nl.schakel.proefa.infrastructuur;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import nl.schakel.gedeeld.json.JsonFabriek;

/** Fixture of ArchitectuurregelsKunnenFalenTest: JSON read through Json's static method, and through the factory. */
public class ProefaJsonlezer {

    JsonObject perAanroep(String tekst) {
        return Json.createReader(new StringReader(tekst)).readObject();
    }

    JsonObject eenmaalGemaakt(String tekst) {
        return JsonFabriek.lezer(new StringReader(tekst)).readObject();
    }
}
