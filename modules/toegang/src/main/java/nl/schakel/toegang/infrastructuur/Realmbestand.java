package nl.schakel.toegang.infrastructuur;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import nl.schakel.toegang.domein.register.Realm;
import nl.schakel.gedeeld.json.JsonFabriek;

/**
 * Reads what the realm as code says of its roles and organisations, from the classpath ({@value #BESTAND}, derived from
 * keycloak-realm/realm/schakel-realm.json and kept equal to it by that module's RealmAfleidingTest): the realm roles
 * with their description and the organisation groups with their name. The jar carries nothing else of the realm — no
 * clients, users or secrets.
 */
public final class Realmbestand {

    public static final String BESTAND = "/keycloak-realm/afgeleid/rollen-en-organisaties.json";

    private Realmbestand() {}

    public static Realm lees() {
        try (InputStream in = Realmbestand.class.getResourceAsStream(BESTAND)) {
            if (in == null) {
                throw new IllegalStateException("de rollen en organisaties van de realm ontbreken op het classpath: " + BESTAND);
            }
            return lees(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Realm lees(InputStream in) {
        try (JsonReader lezer = JsonFabriek.lezer(in)) {
            JsonObject afgeleid = lezer.readObject();
            Map<String, String> rollen = new HashMap<>();
            afgeleid.getJsonArray("rollen").getValuesAs(JsonObject.class).forEach(r -> rollen.put(r.getString("naam"), r.getString("omschrijving")));
            Map<String, String> organisaties = new HashMap<>();
            afgeleid.getJsonArray("organisaties").getValuesAs(JsonObject.class).forEach(o -> organisaties.put(o.getString("code"), o.getString("naam")));
            return new Realm(rollen, organisaties);
        }
    }
}
