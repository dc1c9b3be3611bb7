package nl.schakel.toegang.infrastructuur;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import nl.schakel.toegang.domein.register.Realm;

/**
 * Reads the realm as code from the classpath ({@value #BESTAND}, the jar of module keycloak-realm): only the realm
 * roles with their description and the organisation groups with their name. Clients, users and placeholders are not
 * read; nothing of them reaches the register.
 */
public final class Realmbestand {

    public static final String BESTAND = "/keycloak-realm/schakel-realm.json";

    private Realmbestand() {}

    public static Realm lees() {
        try (InputStream in = Realmbestand.class.getResourceAsStream(BESTAND)) {
            if (in == null) {
                throw new IllegalStateException("de realm als code ontbreekt op het classpath: " + BESTAND);
            }
            return lees(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Realm lees(InputStream in) {
        try (JsonReader lezer = Json.createReader(in)) {
            JsonObject realm = lezer.readObject();
            Map<String, String> rollen = new HashMap<>();
            realm.getJsonObject("roles").getJsonArray("realm").getValuesAs(JsonObject.class)
                    .forEach(r -> rollen.put(r.getString("name"), r.getString("description", r.getString("name"))));
            Map<String, String> organisaties = new HashMap<>();
            realm.getJsonArray("groups").getValuesAs(JsonObject.class).forEach(g -> {
                JsonObject attributen = g.getJsonObject("attributes");
                String code = attributen.getJsonArray("organisatie").getString(0);
                String naam = attributen.containsKey("naam") ? attributen.getJsonArray("naam").getValuesAs(JsonString::getString).get(0) : code;
                organisaties.put(code, naam);
            });
            return new Realm(rollen, organisaties);
        }
    }
}
