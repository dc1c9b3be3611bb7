package nl.schakel.toegang.domein.register;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the Keycloak realm as code ({@code keycloak-realm/realm/schakel-realm.json}) says exists: the realm roles with
 * their Dutch description, and the organisations (one group per code) with their name. The register names the people
 * who process (by role) and the organisations that are controller from here, not from a copy.
 */
public record Realm(Map<String, String> rollen, Map<String, String> organisaties) {

    public Realm {
        rollen = Map.copyOf(rollen);
        organisaties = Map.copyOf(new TreeMap<>(organisaties));
    }
}
