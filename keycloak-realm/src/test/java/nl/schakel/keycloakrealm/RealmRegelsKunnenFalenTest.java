package nl.schakel.keycloakrealm;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule in {@link RealmRegels} must be able to fail: each case breaks one thing in a copy of the
 * real realm file and expects the rule to reject it (and to accept the unbroken file).
 */
class RealmRegelsKunnenFalenTest {

    private record Geval(String naam, Consumer<JsonNode> regel, Consumer<ObjectNode> breek) {}

    private final List<Geval> gevallen = new ArrayList<>();

    @TestFactory
    Stream<DynamicTest> elkeRegelWijstEenKapotteRealmAf() {
        Consumer<JsonNode> instellingen = RealmRegels::realmInstellingen;
        geval("andere realmnaam", instellingen, r -> r.put("realm", "master"));
        geval("internationalisatie uit", instellingen, r -> r.put("internationalizationEnabled", false));
        geval("standaardtaal Engels", instellingen, r -> r.put("defaultLocale", "en"));
        geval("nl niet ondersteund", instellingen, r -> r.putArray("supportedLocales").add("en"));
        geval("access token een uur", instellingen, r -> r.put("accessTokenLifespan", 3600));
        geval("SSO idle een dag", instellingen, r -> r.put("ssoSessionIdleTimeout", 86400));
        geval("zelfregistratie aan", instellingen, r -> r.put("registrationAllowed", true));
        geval("geen TLS nodig", instellingen, r -> r.put("sslRequired", "none"));

        Consumer<JsonNode> bruteForce = RealmRegels::bruteForceBescherming;
        geval("brute-force-bescherming uit", bruteForce, r -> r.put("bruteForceProtected", false));
        geval("brute-force-bescherming ontbreekt", bruteForce, r -> r.remove("bruteForceProtected"));
        geval("failureFactor 100", bruteForce, r -> r.put("failureFactor", 100));
        geval("geen wachttijd", bruteForce, r -> r.remove("waitIncrementSeconds"));
        geval("max wachttijd kleiner dan stap", bruteForce, r -> r.put("maxFailureWaitSeconds", 1));

        geval("top-level clientScopes", RealmRegels::geenTopLevelClientScopes, r -> r.putArray("clientScopes"));

        Consumer<JsonNode> rollen = RealmRegels::rollen;
        geval("rol raadsonderzoeker ontbreekt", rollen, r -> verwijder(realmRollen(r), n -> "raadsonderzoeker".equals(n.path("name").asText())));
        geval("extra rol", rollen, r -> realmRollen(r).addObject().put("name", "admin").put("description", "x"));
        geval("rol zonder beschrijving", rollen, r -> ((ObjectNode) realmRollen(r).get(0)).put("description", " "));
        geval("samengestelde rol", rollen, r -> ((ObjectNode) realmRollen(r).get(0)).put("composite", true));

        Consumer<JsonNode> groepen = RealmRegels::organisatiegroepen;
        geval("groep FIL ontbreekt", groepen, r -> verwijder((ArrayNode) r.get("groups"), g -> "FIL".equals(g.path("name").asText())));
        geval("verkeerde organisatiecode", groepen, r -> ((ObjectNode) groep(r, "POL-RR").get("attributes")).putArray("organisatie").add("POLITIE"));
        geval("geen naam", groepen, r -> ((ObjectNode) groep(r, "POL-RR").get("attributes")).remove("naam"));
        geval("subgroep", groepen, r -> groep(r, "JBRR").putArray("subGroups").addObject().put("name", "CIT-JBRR"));

        Consumer<JsonNode> demo = RealmRegels::demoGebruikers;
        geval("gebruiker politie ontbreekt", demo, r -> verwijder((ArrayNode) r.get("users"), u -> "politie".equals(u.path("username").asText())));
        geval("extra gebruiker", demo, r -> ((ArrayNode) r.get("users")).add(gebruiker(r, "politie").deepCopy().put("username", "politie2")));
        geval("twee organisaties", demo, r -> ((ArrayNode) gebruiker(r, "politie").get("groups")).add("/OM-RDAM"));
        geval("geen organisatie", demo, r -> gebruiker(r, "politie").putArray("groups"));
        geval("verkeerde organisatie", demo, r -> gebruiker(r, "politie").putArray("groups").add("/VTRR"));
        geval("niet-bestaande groep", demo, r -> gebruiker(r, "politie").putArray("groups").add("/POL-RR-OUD"));
        geval("extra rol", demo, r -> ((ArrayNode) gebruiker(r, "fg").get("realmRoles")).add("procesregisseur"));
        geval("verkeerde rol", demo, r -> gebruiker(r, "om").putArray("realmRoles").add("politiemedewerker"));
        geval("clientrol", demo, r -> gebruiker(r, "om").putObject("clientRoles").putArray("account").add("manage-account"));
        geval("echt e-mailadres", demo, r -> gebruiker(r, "om").put("email", "iemand@gmail.com"));
        geval("example.org als achtervoegsel", demo, r -> gebruiker(r, "om").put("email", "om@notexample.org"));
        geval("uitgeschakeld", demo, r -> gebruiker(r, "om").put("enabled", false));
        geval("e-mail niet geverifieerd", demo, r -> gebruiker(r, "om").put("emailVerified", false));
        geval("geen voornaam", demo, r -> gebruiker(r, "om").remove("firstName"));
        geval("geen wachtwoord", demo, r -> gebruiker(r, "om").remove("credentials"));
        geval("gehasht wachtwoord", demo, r -> wachtwoord(r, "om").put("secretData", "{\"value\":\"abc\"}"));
        geval("ander wachtwoord", demo, r -> wachtwoord(r, "om").put("value", "Welkom01!"));
        geval("tijdelijk wachtwoord", demo, r -> wachtwoord(r, "om").put("temporary", true));

        Consumer<JsonNode> service = RealmRegels::serviceAccount;
        geval("serviceaccount ontbreekt", service, r -> verwijder((ArrayNode) r.get("users"), u -> u.has("serviceAccountClientId")));
        geval("serviceaccount extra rol", service, r -> ((ArrayNode) gebruiker(r, Contract.SERVICE_ACCOUNT).get("realmRoles")).add("procesregisseur"));
        geval("serviceaccount zonder organisatie", service, r -> gebruiker(r, Contract.SERVICE_ACCOUNT).putArray("groups"));
        geval("serviceaccount verkeerde organisatie", service, r -> gebruiker(r, Contract.SERVICE_ACCOUNT).putArray("groups").add("/VTRR"));
        geval("serviceaccount met wachtwoord", service, r -> gebruiker(r, Contract.SERVICE_ACCOUNT).putArray("credentials").addObject().put("type", "password"));

        Consumer<JsonNode> web = RealmRegels::webClient;
        geval("web: vertrouwelijk", web, r -> client(r, Contract.WEB_CLIENT).put("publicClient", false));
        geval("web: geen PKCE", web, r -> attributen(r, Contract.WEB_CLIENT).remove("pkce.code.challenge.method"));
        geval("web: PKCE plain", web, r -> attributen(r, Contract.WEB_CLIENT).put("pkce.code.challenge.method", "plain"));
        geval("web: direct grants", web, r -> client(r, Contract.WEB_CLIENT).put("directAccessGrantsEnabled", true));
        geval("web: direct grants standaard", web, r -> client(r, Contract.WEB_CLIENT).remove("directAccessGrantsEnabled"));
        geval("web: implicit", web, r -> client(r, Contract.WEB_CLIENT).put("implicitFlowEnabled", true));
        geval("web: service account", web, r -> client(r, Contract.WEB_CLIENT).put("serviceAccountsEnabled", true));
        geval("web: geen standard flow", web, r -> client(r, Contract.WEB_CLIENT).put("standardFlowEnabled", false));
        geval("web: device grant", web, r -> attributen(r, Contract.WEB_CLIENT).put("oauth2.device.authorization.grant.enabled", "true"));
        geval("web: redirect *", web, r -> client(r, Contract.WEB_CLIENT).putArray("redirectUris").add("*"));
        geval("web: vaste redirect", web, r -> client(r, Contract.WEB_CLIENT).putArray("redirectUris").add("https://schakel.example.org/*"));
        geval("web: geen post-logout", web, r -> attributen(r, Contract.WEB_CLIENT).remove("post.logout.redirect.uris"));
        geval("web: web origin *", web, r -> client(r, Contract.WEB_CLIENT).putArray("webOrigins").add("*"));
        geval("web: secret", web, r -> client(r, Contract.WEB_CLIENT).put("secret", "${SCHAKEL_INTEGRATIE_SECRET:x}"));
        geval("web: client ontbreekt", web, r -> verwijder((ArrayNode) r.get("clients"), c -> Contract.WEB_CLIENT.equals(c.path("clientId").asText())));

        Consumer<JsonNode> integratie = RealmRegels::integratieClient;
        geval("integratie: geen namens", integratie, r -> verwijder((ArrayNode) client(r, Contract.INTEGRATIE_CLIENT).get("protocolMappers"),
                m -> "namens".equals(m.path("config").path("claim.name").asText())));
        geval("integratie: namens letterlijk", integratie, r -> ((ObjectNode) client(r, Contract.INTEGRATIE_CLIENT)
                .get("protocolMappers").get(0).get("config")).put("claim.value", "VTRR"));
        geval("integratie: publiek", integratie, r -> client(r, Contract.INTEGRATIE_CLIENT).put("publicClient", true));
        geval("integratie: geen client credentials", integratie, r -> client(r, Contract.INTEGRATIE_CLIENT).put("serviceAccountsEnabled", false));
        geval("integratie: standard flow", integratie, r -> client(r, Contract.INTEGRATIE_CLIENT).put("standardFlowEnabled", true));
        geval("integratie: standard flow standaard", integratie, r -> client(r, Contract.INTEGRATIE_CLIENT).remove("standardFlowEnabled"));
        geval("integratie: direct grants", integratie, r -> client(r, Contract.INTEGRATIE_CLIENT).put("directAccessGrantsEnabled", true));
        geval("integratie: implicit", integratie, r -> client(r, Contract.INTEGRATIE_CLIENT).put("implicitFlowEnabled", true));
        geval("integratie: token exchange", integratie, r -> attributen(r, Contract.INTEGRATIE_CLIENT).put("standard.token.exchange.enabled", "true"));
        geval("integratie: redirect", integratie, r -> client(r, Contract.INTEGRATIE_CLIENT).putArray("redirectUris").add("http://localhost/*"));
        geval("integratie: letterlijk secret", integratie, r -> client(r, Contract.INTEGRATIE_CLIENT).put("secret", "geheim-uit-productie"));
        geval("integratie: andere placeholder", integratie, r -> client(r, Contract.INTEGRATIE_CLIENT).put("secret", "${ANDER_SECRET:x}"));
        geval("integratie: geen secret", integratie, r -> client(r, Contract.INTEGRATIE_CLIENT).remove("secret"));

        for (String clientId : List.of(Contract.WEB_CLIENT, Contract.INTEGRATIE_CLIENT)) {
            Consumer<JsonNode> mappers = r -> RealmRegels.mappers(r, clientId);
            geval(clientId + ": geen audience", mappers, r -> verwijder(mappers(r, clientId), m -> "oidc-audience-mapper".equals(m.path("protocolMapper").asText())));
            geval(clientId + ": andere audience", mappers, r -> config(r, clientId, "oidc-audience-mapper").put("included.custom.audience", "account"));
            geval(clientId + ": audience niet in access token", mappers, r -> config(r, clientId, "oidc-audience-mapper").put("access.token.claim", "false"));
            geval(clientId + ": geen groups", mappers, r -> verwijder(mappers(r, clientId), m -> "oidc-usermodel-realm-role-mapper".equals(m.path("protocolMapper").asText())));
            geval(clientId + ": groups heet roles", mappers, r -> config(r, clientId, "oidc-usermodel-realm-role-mapper").put("claim.name", "roles"));
            geval(clientId + ": groups enkelvoudig", mappers, r -> config(r, clientId, "oidc-usermodel-realm-role-mapper").put("multivalued", "false"));
            geval(clientId + ": groups met prefix", mappers, r -> config(r, clientId, "oidc-usermodel-realm-role-mapper").put("usermodel.realmRoleMapping.rolePrefix", "ROLE_"));
            geval(clientId + ": groups niet in access token", mappers, r -> config(r, clientId, "oidc-usermodel-realm-role-mapper").put("access.token.claim", "false"));
            geval(clientId + ": geen upn", mappers, r -> verwijder(mappers(r, clientId), m -> "upn".equals(m.path("config").path("claim.name").asText())));
            geval(clientId + ": upn uit e-mail", mappers, r -> mapperConfig(r, clientId, "upn").put("user.attribute", "email"));
            geval(clientId + ": geen organisatie", mappers, r -> verwijder(mappers(r, clientId), m -> "organisatie".equals(m.path("config").path("claim.name").asText())));
            geval(clientId + ": organisatie niet geaggregeerd", mappers, r -> mapperConfig(r, clientId, "organisatie").put("aggregate.attrs", "false"));
            geval(clientId + ": organisatie als lijst", mappers, r -> mapperConfig(r, clientId, "organisatie").put("multivalued", "true"));
            geval(clientId + ": organisatie niet in access token", mappers, r -> mapperConfig(r, clientId, "organisatie").put("access.token.claim", "false"));
            geval(clientId + ": geen name", mappers, r -> verwijder(mappers(r, clientId), m -> "oidc-full-name-mapper".equals(m.path("protocolMapper").asText())));
            geval(clientId + ": geen preferred_username", mappers, r -> verwijder(mappers(r, clientId), m -> "preferred_username".equals(m.path("config").path("claim.name").asText())));
        }

        Consumer<JsonNode> geheimen = RealmRegels::geenGeheimen;
        geval("PEM-sleutel in een attribuut", geheimen, r -> ((ObjectNode) groep(r, "VTRR").get("attributes")).putArray("sleutel")
                .add("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----"));
        geval("base64-certificaat", geheimen, r -> attributen(r, Contract.WEB_CLIENT)
                .put("jwt.credential.certificate", "MIICrzCCAZcCBgGLQ2bXXzANBgkqhkiG9w0BAQsFADAbMRkwFwYDVQQDDBBzY2hha2VsLWludGVncmF0aWU"));
        geval("veld privateKey", geheimen, r -> r.putObject("smtpServer").put("privateKey", "x"));
        geval("sleutelproviders uit een export", geheimen, r -> r.putObject("components").putArray("org.keycloak.keys.KeyProvider")
                .addObject().put("name", "rsa-generated").put("providerId", "rsa-generated"));
        geval("gehasht wachtwoord (credentialData)", geheimen, r -> wachtwoord(r, "om")
                .put("credentialData", "{\"hashIterations\":5,\"algorithm\":\"argon2\"}"));
        geval("bcrypt-hash", geheimen, r -> wachtwoord(r, "om").put("value", "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"));
        geval("letterlijk client secret", geheimen, r -> client(r, Contract.INTEGRATIE_CLIENT).put("secret", "Zs9x-echt-geheim"));
        geval("letterlijk SMTP-wachtwoord", geheimen, r -> r.putObject("smtpServer").put("password", "welkom123"));
        geval("letterlijk token", geheimen, r -> attributen(r, Contract.WEB_CLIENT).put("registration.access.token", "abc.def.ghi"));
        geval("demowachtwoord buiten een demogebruiker", geheimen, r -> groep(r, "VTRR").put("description", Contract.DEMO_WACHTWOORD));
        geval("ondoorzichtige blob", geheimen, r -> attributen(r, Contract.WEB_CLIENT)
                .put("iets", "c2NoYWtlbC1pbnRlZ3JhdGllLWdlaGVpbS1kYXQtbmlldC1oaWVyLWhvb3J0"));

        Consumer<JsonNode> placeholders = RealmRegels::placeholders;
        geval("onbekende placeholder", placeholders, r -> groep(r, "VTRR").put("description", "${HOME}"));
        geval("kapotte placeholder", placeholders, r -> client(r, Contract.WEB_CLIENT).put("rootUrl", "${SCHAKEL_WEB_URL"));

        geval("id uit een export", RealmRegels::geenIds, r -> client(r, Contract.WEB_CLIENT).put("id", "0b3f5c2e-0000-4000-8000-000000000000"));

        JsonNode echt = RealmBestand.lees();
        return gevallen.stream().map(g -> dynamicTest(g.naam(), () -> {
            assertThatCode(() -> g.regel().accept(echt)).as("the real realm passes this rule").doesNotThrowAnyException();
            ObjectNode kapot = echt.deepCopy();
            g.breek().accept(kapot);
            assertThatThrownBy(() -> g.regel().accept(kapot)).as("rule must reject: %s", g.naam())
                    .isInstanceOf(AssertionError.class);
        }));
    }

    private void geval(String naam, Consumer<JsonNode> regel, Consumer<ObjectNode> breek) {
        gevallen.add(new Geval(naam, regel, breek));
    }

    // ---------------------------------------------------------------- navigation in a copy

    private static ArrayNode realmRollen(ObjectNode r) {
        return (ArrayNode) r.get("roles").get("realm");
    }

    private static ObjectNode groep(ObjectNode r, String naam) {
        return eerste((ArrayNode) r.get("groups"), g -> naam.equals(g.path("name").asText()));
    }

    private static ObjectNode gebruiker(ObjectNode r, String naam) {
        return eerste((ArrayNode) r.get("users"), u -> naam.equals(u.path("username").asText()));
    }

    private static ObjectNode wachtwoord(ObjectNode r, String naam) {
        return (ObjectNode) gebruiker(r, naam).get("credentials").get(0);
    }

    private static ObjectNode client(ObjectNode r, String clientId) {
        return eerste((ArrayNode) r.get("clients"), c -> clientId.equals(c.path("clientId").asText()));
    }

    private static ObjectNode attributen(ObjectNode r, String clientId) {
        return (ObjectNode) client(r, clientId).get("attributes");
    }

    private static ArrayNode mappers(ObjectNode r, String clientId) {
        return (ArrayNode) client(r, clientId).get("protocolMappers");
    }

    private static ObjectNode config(ObjectNode r, String clientId, String mapperType) {
        return (ObjectNode) eerste(mappers(r, clientId), m -> mapperType.equals(m.path("protocolMapper").asText())).get("config");
    }

    private static ObjectNode mapperConfig(ObjectNode r, String clientId, String claim) {
        return (ObjectNode) eerste(mappers(r, clientId), m -> claim.equals(m.path("config").path("claim.name").asText())).get("config");
    }

    private static ObjectNode eerste(ArrayNode array, Predicate<JsonNode> filter) {
        for (JsonNode node : array) {
            if (filter.test(node)) {
                return (ObjectNode) node;
            }
        }
        throw new IllegalStateException("not in the realm file; the test itself needs updating");
    }

    private static void verwijder(ArrayNode array, Predicate<JsonNode> filter) {
        int voor = array.size();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            if (filter.test(it.next())) {
                it.remove();
            }
        }
        if (array.size() == voor) {
            throw new IllegalStateException("nothing removed; the test itself needs updating");
        }
    }
}
