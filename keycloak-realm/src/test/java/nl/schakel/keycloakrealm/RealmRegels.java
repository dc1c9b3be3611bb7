package nl.schakel.keycloakrealm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * The rules the realm file must keep. Each rule takes the parsed realm and throws an
 * {@link AssertionError} when it is broken; {@code SchakelRealmTest} runs them on the real file and
 * {@code RealmRegelsKunnenFalenTest} proves that each of them fails on a broken copy.
 */
final class RealmRegels {

    /** {@code ${NAME}} or {@code ${NAME:default}}, as Keycloak resolves them at import. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.]*)(?::([^}]*))?}");

    private static final Set<String> VERBODEN_SLEUTELS = Set.of(
            "privatekey", "certificate", "publickey", "secretdata", "credentialdata", "hashedsaltedvalue",
            "salt", "hashiterations", "keystore", "keystorepassword", "truststore");

    /** Field names that hold a secret: "secret", "clientSecret", "smtp.password", "registration.access.token", ... */
    private static final Pattern GEVOELIGE_SLEUTEL =
            Pattern.compile("(?i)(secret|password|passwd|passphrase|api[._-]?key|(^|[._-])token)$");

    private static final List<Pattern> VERBODEN_WAARDEN = List.of(
            Pattern.compile("-----BEGIN"),                              // PEM key or certificate
            Pattern.compile("MII[A-Za-z0-9+/=]{60,}"),                  // base64 DER key or certificate
            Pattern.compile("\\$2[abxy]?\\$\\d\\d\\$"),                 // bcrypt hash
            Pattern.compile("\\$argon2(id|i|d)\\$"),                    // argon2 hash
            Pattern.compile("(?i)pbkdf2"),                              // Keycloak's default hash algorithm
            Pattern.compile("\\{\"value\":\"[A-Za-z0-9+/=]{20,}\""),    // serialised secretData
            Pattern.compile("^[A-Za-z0-9+/]{40,}={0,2}$"));             // any long opaque blob

    private RealmRegels() {
    }

    // ---------------------------------------------------------------- realm settings

    static void realmInstellingen(JsonNode realm) {
        assertThat(tekst(realm, "realm")).as("realm name").isEqualTo(Contract.REALM);
        assertThat(realm.path("enabled").asBoolean(false)).as("realm enabled").isTrue();
        assertThat(realm.path("internationalizationEnabled").asBoolean(false)).as("internationalization").isTrue();
        assertThat(tekst(realm, "defaultLocale")).as("default locale").isEqualTo("nl");
        assertThat(teksten(realm.path("supportedLocales"))).as("supported locales").contains("nl");
        assertThat(realm.path("accessTokenLifespan").asInt(-1)).as("access token lifespan (s)").isEqualTo(300);
        assertThat(realm.path("ssoSessionIdleTimeout").asInt(-1)).as("SSO idle (s)").isBetween(900, 3600);
        assertThat(realm.path("ssoSessionMaxLifespan").asInt(-1)).as("SSO max (s)").isBetween(3600, 12 * 3600);
        assertThat(realm.path("registrationAllowed").asBoolean(true)).as("self-registration").isFalse();
        assertThat(tekst(realm, "sslRequired")).as("sslRequired").isIn("external", "all");
    }

    static void bruteForceBescherming(JsonNode realm) {
        assertThat(realm.path("bruteForceProtected").asBoolean(false)).as("bruteForceProtected").isTrue();
        assertThat(realm.path("failureFactor").asInt(-1)).as("failureFactor").isBetween(3, 10);
        int wachttijd = realm.path("waitIncrementSeconds").asInt(-1);
        assertThat(wachttijd).as("waitIncrementSeconds").isBetween(30, 900);
        assertThat(realm.path("maxFailureWaitSeconds").asInt(-1)).as("maxFailureWaitSeconds").isGreaterThanOrEqualTo(wachttijd);
    }

    static void geenTopLevelClientScopes(JsonNode realm) {
        assertThat(realm.has("clientScopes"))
                .as("a top-level clientScopes array replaces Keycloak's built-in scopes and empties the tokens")
                .isFalse();
    }

    // ---------------------------------------------------------------- roles and organisations

    static void rollen(JsonNode realm) {
        JsonNode rollen = realm.path("roles").path("realm");
        List<String> namen = StreamSupport.stream(rollen.spliterator(), false).map(r -> tekst(r, "name")).toList();
        assertThat(namen).as("realm roles").containsExactlyInAnyOrderElementsOf(Contract.ROLLEN);
        for (JsonNode rol : rollen) {
            assertThat(tekst(rol, "description")).as("description of role %s", tekst(rol, "name")).isNotBlank();
            assertThat(rol.path("composite").asBoolean(false)).as("role %s composite", tekst(rol, "name")).isFalse();
        }
    }

    static void organisatiegroepen(JsonNode realm) {
        JsonNode groepen = realm.path("groups");
        List<String> namen = StreamSupport.stream(groepen.spliterator(), false).map(g -> tekst(g, "name")).toList();
        assertThat(namen).as("organisation groups").containsExactlyInAnyOrderElementsOf(Contract.ORGANISATIES);
        for (JsonNode groep : groepen) {
            String naam = tekst(groep, "name");
            assertThat(teksten(groep.path("attributes").path("organisatie")))
                    .as("attribute organisatie of group %s", naam).containsExactly(naam);
            List<String> volledigeNaam = teksten(groep.path("attributes").path("naam"));
            assertThat(volledigeNaam).as("attribute naam of group %s", naam).hasSize(1);
            assertThat(volledigeNaam.get(0)).as("attribute naam of group %s", naam).isNotBlank();
            assertThat(groep.path("subGroups").size())
                    .as("group %s has no subgroups (their organisatie would be aggregated into the claim)", naam)
                    .isZero();
        }
    }

    // ---------------------------------------------------------------- users

    static void demoGebruikers(JsonNode realm) {
        List<JsonNode> gebruikers = StreamSupport.stream(realm.path("users").spliterator(), false)
                .filter(u -> !u.has("serviceAccountClientId"))
                .toList();
        assertThat(gebruikers.stream().map(u -> tekst(u, "username")).toList())
                .as("demo users").containsExactlyInAnyOrderElementsOf(Contract.DEMO_GEBRUIKERS.keySet());
        List<String> groepen = StreamSupport.stream(realm.path("groups").spliterator(), false)
                .map(g -> "/" + tekst(g, "name")).toList();
        for (JsonNode gebruiker : gebruikers) {
            String naam = tekst(gebruiker, "username");
            Contract.DemoGebruiker verwacht = Contract.DEMO_GEBRUIKERS.get(naam);
            assertThat(gebruiker.path("enabled").asBoolean(false)).as("%s enabled", naam).isTrue();
            assertThat(gebruiker.path("emailVerified").asBoolean(false)).as("%s emailVerified", naam).isTrue();
            assertThat(tekst(gebruiker, "firstName")).as("%s firstName", naam).isNotBlank();
            assertThat(tekst(gebruiker, "lastName")).as("%s lastName", naam).isNotBlank();
            assertThat(tekst(gebruiker, "email")).as("%s email (example.org domains only)", naam)
                    .matches("[a-z0-9._-]+@([a-z0-9-]+\\.)*example\\.org");
            List<String> lidVan = teksten(gebruiker.path("groups"));
            assertThat(lidVan).as("%s is in exactly one organisation group", naam).hasSize(1);
            assertThat(groepen).as("groups of the realm (for %s)", naam).contains(lidVan.get(0));
            assertThat(lidVan).as("%s organisation", naam).containsExactly("/" + verwacht.organisatie());
            assertThat(teksten(gebruiker.path("realmRoles"))).as("%s realm roles", naam).containsExactly(verwacht.rol());
            assertThat(gebruiker.path("clientRoles").size()).as("%s client roles", naam).isZero();
            JsonNode credentials = gebruiker.path("credentials");
            assertThat(credentials.size()).as("%s credentials", naam).isEqualTo(1);
            JsonNode wachtwoord = credentials.get(0);
            assertThat(veldnamen(wachtwoord)).as("%s credential fields (plain demo value only, never a hash)", naam)
                    .containsExactlyInAnyOrder("type", "value", "temporary");
            assertThat(tekst(wachtwoord, "type")).as("%s credential type", naam).isEqualTo("password");
            assertThat(tekst(wachtwoord, "value")).as("%s demo password", naam).isEqualTo(Contract.DEMO_WACHTWOORD);
            assertThat(wachtwoord.path("temporary").asBoolean(true)).as("%s password temporary", naam).isFalse();
        }
    }

    static void serviceAccount(JsonNode realm) {
        List<JsonNode> accounts = StreamSupport.stream(realm.path("users").spliterator(), false)
                .filter(u -> u.has("serviceAccountClientId"))
                .toList();
        assertThat(accounts).as("service account users").hasSize(1);
        JsonNode account = accounts.get(0);
        assertThat(tekst(account, "serviceAccountClientId")).isEqualTo(Contract.INTEGRATIE_CLIENT);
        assertThat(tekst(account, "username")).isEqualTo(Contract.SERVICE_ACCOUNT);
        assertThat(account.path("enabled").asBoolean(false)).as("service account enabled").isTrue();
        assertThat(teksten(account.path("realmRoles"))).as("service account roles").containsExactly(Contract.SERVICE_ACCOUNT_ROL);
        assertThat(teksten(account.path("groups"))).as("service account organisation")
                .containsExactly("/" + Contract.SERVICE_ACCOUNT_ORGANISATIE);
        assertThat(account.has("credentials")).as("service account has no credentials").isFalse();
    }

    // ---------------------------------------------------------------- clients

    static void webClient(JsonNode realm) {
        JsonNode client = client(realm, Contract.WEB_CLIENT);
        assertThat(client.path("enabled").asBoolean(false)).as("enabled").isTrue();
        assertThat(client.path("publicClient").asBoolean(false)).as("public client").isTrue();
        assertThat(client.path("standardFlowEnabled").asBoolean(false)).as("standard flow").isTrue();
        assertThat(client.path("implicitFlowEnabled").asBoolean(true)).as("implicit flow").isFalse();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean(true)).as("direct access grants").isFalse();
        assertThat(client.path("serviceAccountsEnabled").asBoolean(true)).as("service accounts").isFalse();
        assertThat(client.has("secret")).as("a public client has no secret").isFalse();
        JsonNode attributen = client.path("attributes");
        assertThat(tekst(attributen, "pkce.code.challenge.method")).as("PKCE").isEqualTo("S256");
        assertThat(attributen.path("oauth2.device.authorization.grant.enabled").asText("false")).as("device grant").isEqualTo("false");
        assertThat(attributen.path("oidc.ciba.grant.enabled").asText("false")).as("CIBA").isEqualTo("false");
        assertThat(attributen.path("standard.token.exchange.enabled").asText("false")).as("token exchange").isEqualTo("false");
        List<String> redirects = teksten(client.path("redirectUris"));
        assertThat(redirects).as("redirect URIs").isNotEmpty()
                .allSatisfy(uri -> assertThat(uri).startsWith("${SCHAKEL_WEB_URL:").endsWith("/*"));
        assertThat(tekst(attributen, "post.logout.redirect.uris")).as("post-logout redirect URIs")
                .startsWith("${SCHAKEL_WEB_URL:");
        assertThat(teksten(client.path("webOrigins"))).as("web origins").isNotEmpty()
                .allSatisfy(o -> assertThat(o).matches("\\+|\\$\\{SCHAKEL_WEB_URL:[^}]*}"));
    }

    static void integratieClient(JsonNode realm) {
        JsonNode client = client(realm, Contract.INTEGRATIE_CLIENT);
        assertThat(client.path("enabled").asBoolean(false)).as("enabled").isTrue();
        assertThat(client.path("publicClient").asBoolean(true)).as("public client").isFalse();
        assertThat(client.path("bearerOnly").asBoolean(false)).as("bearer only").isFalse();
        assertThat(client.path("serviceAccountsEnabled").asBoolean(false)).as("client credentials").isTrue();
        assertThat(client.path("standardFlowEnabled").asBoolean(true)).as("standard flow").isFalse();
        assertThat(client.path("implicitFlowEnabled").asBoolean(true)).as("implicit flow").isFalse();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean(true)).as("direct access grants").isFalse();
        JsonNode attributen = client.path("attributes");
        assertThat(attributen.path("oauth2.device.authorization.grant.enabled").asText("false")).as("device grant").isEqualTo("false");
        assertThat(attributen.path("oidc.ciba.grant.enabled").asText("false")).as("CIBA").isEqualTo("false");
        assertThat(attributen.path("standard.token.exchange.enabled").asText("false")).as("token exchange").isEqualTo("false");
        assertThat(teksten(client.path("redirectUris"))).as("redirect URIs").isEmpty();
        assertThat(tekst(client, "clientAuthenticatorType")).as("authenticator").isEqualTo("client-secret");
        assertThat(tekst(client, "secret")).as("secret is a placeholder, never a literal")
                .matches("\\$\\{SCHAKEL_INTEGRATIE_SECRET:[^}]*}");
        // the link acts for exactly one organisation, set per installation; a person's client never carries it
        List<JsonNode> namens = StreamSupport.stream(client.path("protocolMappers").spliterator(), false)
                .filter(m -> "namens".equals(tekst(m.path("config"), "claim.name"))).toList();
        assertThat(namens).as("integratie: één namens-mapper").hasSize(1);
        assertThat(tekst(namens.get(0), "protocolMapper")).as("namens: vaste claim").isEqualTo("oidc-hardcoded-claim-mapper");
        assertThat(tekst(namens.get(0).path("config"), "claim.value")).as("namens: placeholder")
                .matches("\\$\\{SCHAKEL_INTEGRATIE_NAMENS:[A-Z0-9-]{2,32}}");
        inAccessToken(namens.get(0), "integratie: namens");
        assertThat(StreamSupport.stream(client(realm, Contract.WEB_CLIENT).path("protocolMappers").spliterator(), false)
                .filter(m -> "namens".equals(tekst(m.path("config"), "claim.name"))))
                .as("web: geen namens-claim").isEmpty();
    }

    /** The claims the API reads, produced by mappers on the client itself (see architecture.md). */
    static void mappers(JsonNode realm, String clientId) {
        JsonNode client = client(realm, clientId);
        List<JsonNode> mappers = StreamSupport.stream(client.path("protocolMappers").spliterator(), false).toList();

        JsonNode audience = enige(mappers, clientId + ": audience mapper", m ->
                "oidc-audience-mapper".equals(tekst(m, "protocolMapper"))
                        && Contract.AUDIENCE.equals(tekst(m.path("config"), "included.custom.audience")));
        inAccessToken(audience, clientId + ": audience");

        JsonNode groups = enige(mappers, clientId + ": groups mapper", m ->
                "oidc-usermodel-realm-role-mapper".equals(tekst(m, "protocolMapper"))
                        && "groups".equals(tekst(m.path("config"), "claim.name")));
        inAccessToken(groups, clientId + ": groups");
        assertThat(tekst(groups.path("config"), "multivalued")).as("%s: groups multivalued", clientId).isEqualTo("true");
        assertThat(groups.path("config").path("usermodel.realmRoleMapping.rolePrefix").asText(""))
                .as("%s: groups without prefix", clientId).isEmpty();

        JsonNode upn = enige(mappers, clientId + ": upn mapper", m ->
                "oidc-usermodel-property-mapper".equals(tekst(m, "protocolMapper"))
                        && "upn".equals(tekst(m.path("config"), "claim.name")));
        inAccessToken(upn, clientId + ": upn");
        assertThat(tekst(upn.path("config"), "user.attribute")).as("%s: upn from", clientId).isEqualTo("username");

        JsonNode organisatie = enige(mappers, clientId + ": organisatie mapper", m ->
                "oidc-usermodel-attribute-mapper".equals(tekst(m, "protocolMapper"))
                        && "organisatie".equals(tekst(m.path("config"), "claim.name")));
        inAccessToken(organisatie, clientId + ": organisatie");
        assertThat(tekst(organisatie.path("config"), "user.attribute")).as("%s: organisatie from", clientId).isEqualTo("organisatie");
        assertThat(tekst(organisatie.path("config"), "aggregate.attrs"))
                .as("%s: organisatie aggregated from the group attributes", clientId).isEqualTo("true");
        assertThat(organisatie.path("config").path("multivalued").asText("false"))
                .as("%s: organisatie is one code, not a list", clientId).isEqualTo("false");

        inAccessToken(enige(mappers, clientId + ": name mapper", m ->
                "oidc-full-name-mapper".equals(tekst(m, "protocolMapper"))), clientId + ": name");
        inAccessToken(enige(mappers, clientId + ": preferred_username mapper", m ->
                "oidc-usermodel-property-mapper".equals(tekst(m, "protocolMapper"))
                        && "preferred_username".equals(tekst(m.path("config"), "claim.name"))
                        && "username".equals(tekst(m.path("config"), "user.attribute"))), clientId + ": preferred_username");
    }

    // ---------------------------------------------------------------- no secrets, no keys, no hashes

    static void geenGeheimen(JsonNode realm) {
        List<String> fouten = new ArrayList<>();
        zoekGeheimen(realm, "$", null, fouten);
        for (JsonNode component : realm.path("components")) {
            // a components map keyed by provider type, as in an export
            if (component.isArray() && component.toString().contains("rsa")) {
                fouten.add("$.components: key providers belong in Keycloak, not in the repository");
            }
        }
        if (realm.path("components").has("org.keycloak.keys.KeyProvider")) {
            fouten.add("$.components[org.keycloak.keys.KeyProvider]: exported realm keys");
        }
        if (!fouten.isEmpty()) {
            fail("Secrets, keys or hashes in the realm file:%n  %s", String.join("\n  ", fouten));
        }
    }

    private static void zoekGeheimen(JsonNode node, String pad, String sleutel, List<String> fouten) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> veld : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                String naam = veld.getKey();
                String kind = pad + "." + naam;
                if (VERBODEN_SLEUTELS.contains(naam.toLowerCase(Locale.ROOT).replace("_", "").replace(".", ""))) {
                    fouten.add(kind + ": field '" + naam + "' is not allowed");
                }
                zoekGeheimen(veld.getValue(), kind, naam, fouten);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                zoekGeheimen(node.get(i), pad + "[" + i + "]", sleutel, fouten);
            }
        } else if (node.isTextual()) {
            String waarde = node.asText();
            for (Pattern verboden : VERBODEN_WAARDEN) {
                if (verboden.matcher(waarde).find()) {
                    fouten.add(pad + ": value looks like a key, certificate, hash or secret (" + verboden + ")");
                }
            }
            boolean demoWachtwoord = pad.matches("\\$\\.users\\[\\d+]\\.credentials\\[\\d+]\\.value")
                    && Contract.DEMO_WACHTWOORD.equals(waarde);
            if (!demoWachtwoord && Contract.DEMO_WACHTWOORD.equals(waarde)) {
                fouten.add(pad + ": the demo password belongs only in a demo user's credential");
            }
            String naam = sleutel == null ? "" : sleutel;
            boolean gevoelig = GEVOELIGE_SLEUTEL.matcher(naam).find()
                    || naam.equals("value") && pad.contains(".credentials[");
            boolean vlag = waarde.equals("true") || waarde.equals("false"); // e.g. use_refresh_token
            if (gevoelig && !vlag && !demoWachtwoord && !isPlaceholder(waarde) && !waarde.isEmpty()) {
                fouten.add(pad + ": literal value for '" + sleutel + "'; use a ${ENV_VAR:default} placeholder");
            }
        }
    }

    static void placeholders(JsonNode realm) {
        List<String> fouten = new ArrayList<>();
        verzamelPlaceholders(realm, "$", fouten);
        assertThat(fouten).as("placeholders outside the contract (afspraken-tussen-onderdelen.md)").isEmpty();
    }

    private static void verzamelPlaceholders(JsonNode node, String pad, List<String> fouten) {
        if (node.isContainerNode()) {
            node.fields().forEachRemaining(v -> verzamelPlaceholders(v.getValue(), pad + "." + v.getKey(), fouten));
            for (int i = 0; node.isArray() && i < node.size(); i++) {
                verzamelPlaceholders(node.get(i), pad + "[" + i + "]", fouten);
            }
        } else if (node.isTextual() && node.asText().contains("${")) {
            Matcher m = PLACEHOLDER.matcher(node.asText());
            boolean gevonden = false;
            while (m.find()) {
                gevonden = true;
                if (!Contract.PLACEHOLDERS.contains(m.group(1))) {
                    fouten.add(pad + ": ${" + m.group(1) + "}");
                }
            }
            if (!gevonden) {
                fouten.add(pad + ": malformed placeholder " + node.asText());
            }
        }
    }

    /** A raw export carries ids; the curated file does not need them (Keycloak generates them). */
    static void geenIds(JsonNode realm) {
        List<String> paden = new ArrayList<>();
        zoekIds(realm, "$", paden);
        assertThat(paden).as("'id' fields (looks like a raw export)").isEmpty();
    }

    private static void zoekIds(JsonNode node, String pad, List<String> paden) {
        if (node.isObject()) {
            node.fields().forEachRemaining(v -> {
                if (v.getKey().equals("id") || v.getKey().equals("containerId")) {
                    paden.add(pad + "." + v.getKey());
                }
                zoekIds(v.getValue(), pad + "." + v.getKey(), paden);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                zoekIds(node.get(i), pad + "[" + i + "]", paden);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    static boolean isPlaceholder(String waarde) {
        return PLACEHOLDER.matcher(waarde).matches();
    }

    static JsonNode client(JsonNode realm, String clientId) {
        List<JsonNode> gevonden = StreamSupport.stream(realm.path("clients").spliterator(), false)
                .filter(c -> clientId.equals(tekst(c, "clientId")))
                .toList();
        assertThat(gevonden).as("client %s", clientId).hasSize(1);
        return gevonden.get(0);
    }

    private static JsonNode enige(List<JsonNode> mappers, String wat, java.util.function.Predicate<JsonNode> filter) {
        List<JsonNode> gevonden = mappers.stream().filter(filter).toList();
        assertThat(gevonden).as(wat).hasSize(1);
        return gevonden.get(0);
    }

    private static void inAccessToken(JsonNode mapper, String wat) {
        assertThat(tekst(mapper.path("config"), "access.token.claim")).as("%s in the access token", wat).isEqualTo("true");
    }

    static String tekst(JsonNode node, String veld) {
        JsonNode waarde = node.get(veld);
        return waarde == null || waarde.isNull() ? null : waarde.asText();
    }

    static List<String> teksten(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> veldnamen(JsonNode object) {
        List<String> namen = new ArrayList<>();
        object.fieldNames().forEachRemaining(namen::add);
        return namen;
    }
}
