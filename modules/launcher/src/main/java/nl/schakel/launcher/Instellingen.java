package nl.schakel.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * De instellingen van de launcher. Bronnen van laag naar hoog: ingebouwde standaardwaarden,
 * {@code schakel.properties} in de projectmap, {@code <home>/schakel.properties}, omgevingsvariabelen
 * {@code SCHAKEL_<SLEUTEL_IN_HOOFDLETTERS>} (punt en streepje worden een liggend streepje), {@code -Dsleutel=waarde}
 * en als hoogste de overrides van {@link Launcher#voor(Path, Map)}.
 */
public final class Instellingen {

    /** Sleutels met hun standaardwaarde; "" = afgeleid (zie de getters). */
    static final Map<String, String> STANDAARD;
    /** Onderdelen met een eigen timeout.&lt;onderdeel&gt; (seconden). */
    static final Map<String, String> TIMEOUTS;
    /** Sleutels van wachtwoorden die de launcher genereert als ze niet zijn ingesteld. */
    static final Set<String> GEHEIME_SLEUTELS = Set.of(
            "postgres.superuser.password", "postgres.owner.password", "postgres.app.password",
            "postgres.routes.password", "keycloak.db.password", "keycloak.admin.password",
            "keycloak.integratie-secret", "demo-partner.geheim", "betrokkenen.sleutel", "logboek.sleutel");
    /**
     * Generated secrets longer than the usual 32 characters: the key of the person registry is an HMAC key that guards
     * every BSN kenmerk (64 characters of a 56-letter alphabet: over 256 bits).
     */
    static final Map<String, Integer> GEHEIM_LENGTE = Map.of("betrokkenen.sleutel", 64, "logboek.sleutel", 64);

    static {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("home", "var");
        s.put("postgres.external", "false");
        s.put("postgres.host", "localhost");
        s.put("postgres.port", "15432");
        s.put("postgres.database", "schakel");
        s.put("postgres.superuser.user", "postgres");
        s.put("postgres.superuser.password", "");
        s.put("postgres.os-user", "nobody");
        s.put("postgres.instellingen", "");
        s.put("postgres.owner.user", "schakel");
        s.put("postgres.owner.password", "");
        s.put("postgres.app.user", "schakel_app");
        s.put("postgres.app.password", "");
        s.put("postgres.routes.user", "schakel_routes");
        s.put("postgres.routes.password", "");
        s.put("postgres.routes.schema", "routes");
        s.put("keycloak.enabled", "true");
        s.put("keycloak.external", "false");
        s.put("keycloak.url", "");
        s.put("keycloak.port", "8180");
        s.put("keycloak.management-port", "9180");
        s.put("keycloak.java-home", "");
        s.put("keycloak.realm", "schakel");
        s.put("keycloak.realm-file", "keycloak-realm/realm/schakel-realm.json");
        s.put("keycloak.client-id", "schakel-web");
        s.put("keycloak.db.database", "keycloak");
        s.put("keycloak.db.user", "keycloak");
        s.put("keycloak.db.password", "");
        s.put("keycloak.admin.user", "admin");
        s.put("keycloak.admin.password", "");
        s.put("keycloak.integratie-secret", "");
        s.put("payara.enabled", "true");
        s.put("payara.external", "false");
        s.put("payara.admin-host", "localhost");
        s.put("payara.portbase", "8000");
        s.put("payara.domain", "schakel");
        s.put("payara.deploy", "true");
        s.put("payara.ear", "platform-ear/target/schakel.ear");
        s.put("payara.app-name", "schakel");
        s.put("payara.java-home", "");
        // 32 workers of which at most api.gelijktijdig (16) work on API requests at once and api.wachtrij (8) wait at most
        // api.wachttijd-ms for a place; the other 8 answer a burst above that with a quick 503 + Retry-After instead of
        // letting it queue until everything times out (Belastingsbegrenzing)
        s.put("payara.http-threads", "32");
        s.put("payara.heap", "1g");
        s.put("api.gelijktijdig", "16");
        s.put("api.wachtrij", "8");
        s.put("api.wachttijd-ms", "200");
        // the app pool's physical connections: a request holds one (TransactieDataSource), but a refused one two, because
        // its logboek row commits in a transaction of its own; so 16 requests at work can need 32 besides the chainer's
        // and the timers'. At Payara's default of 32 (when a request still held two) the pool ran dry under load, until
        // the 60-second wait ended one request with a 500 (docs/metingen.md, the fifteenth and sixteenth days)
        s.put("payara.db-pool", "64");
        // the API's bearer-token check (nl.schakel.web.aanmelding): Keycloak's key set (JWKS), the tokens' issuer and audiences
        s.put("token.jwks", "");
        s.put("token.issuer", "");
        s.put("token.audiences", "schakel-api");
        s.put("meting.ingeschakeld", "false");
        s.put("betrokkenen.sleutel", "");
        // the logboek's HMAC key (row seals, signed checkpoints), which the database never holds; and the checkpoint interval
        s.put("logboek.sleutel", "");
        s.put("logboek.ankerinterval", "10000");
        s.put("routes.enabled", "true");
        s.put("routes.health-port", "8190");
        s.put("routes.jar", "integration-routes/target/integration-routes.jar");
        s.put("routes.client-id", "schakel-integratie");
        s.put("routes.java-home", "");
        s.put("demo-partner.enabled", "true");
        s.put("demo-partner.http-port", "8191");
        s.put("demo-partner.smtp-port", "2525");
        s.put("demo-partner.jar", "modules/demo-partner/target/demo-partner.jar");
        s.put("demo-partner.java-home", "");
        s.put("demo-partner.geheim", "");
        Map<String, String> t = new LinkedHashMap<>();
        t.put("timeout.postgres", "60");
        t.put("timeout.keycloak", "300");
        t.put("timeout.payara", "300");
        t.put("timeout.routes", "90");
        t.put("timeout.demo-partner", "60");
        t.put("timeout.stop", "60");
        s.putAll(t);
        STANDAARD = Collections.unmodifiableMap(s);
        TIMEOUTS = Collections.unmodifiableMap(t);
    }

    private final Path projectRoot;
    private final Map<String, String> waarden;
    private final Map<String, String> herkomst;
    private final Geheimen geheimen;

    private Instellingen(Path projectRoot, Map<String, String> waarden, Map<String, String> herkomst) {
        this.projectRoot = projectRoot;
        this.waarden = waarden;
        this.herkomst = herkomst;
        this.geheimen = new Geheimen(home().resolve("geheimen.properties"));
    }

    static Instellingen laad(Path projectRoot, Map<String, String> overrides) {
        return laad(projectRoot, System.getenv(), System.getProperties(), overrides);
    }

    static Instellingen laad(Path projectRoot, Map<String, String> omgeving, Properties systeem,
                             Map<String, String> overrides) {
        Path root = projectRoot.toAbsolutePath().normalize();
        Map<String, String> w = new LinkedHashMap<>(STANDAARD);
        Map<String, String> h = new LinkedHashMap<>();
        STANDAARD.keySet().forEach(k -> h.put(k, "standaard"));

        Map<String, String> uitRoot = leesBestand(root.resolve("schakel.properties"));
        Map<String, String> uitOmgeving = new LinkedHashMap<>();
        omgeving.forEach((naam, waarde) -> {
            if (naam.startsWith("SCHAKEL_")) {
                String sleutel = sleutelVoorOmgeving(naam, w.keySet());
                if (sleutel != null) {
                    uitOmgeving.put(sleutel, waarde);
                }
            }
        });
        Map<String, String> uitSysteem = new LinkedHashMap<>();
        for (String naam : systeem.stringPropertyNames()) {
            if (STANDAARD.containsKey(naam) || naam.startsWith("timeout.")) {
                uitSysteem.put(naam, systeem.getProperty(naam));
            }
        }
        Map<String, String> uitOverrides = overrides == null ? Map.of() : overrides;

        // home bepalen zonder het bestand dat in home staat
        String home = eerste("home", uitOverrides, uitSysteem, uitOmgeving, uitRoot);
        Path homePad = root.resolve(home == null ? STANDAARD.get("home") : home).normalize();
        Map<String, String> uitHome = leesBestand(homePad.resolve("schakel.properties"));

        zet(w, h, uitRoot, "schakel.properties");
        zet(w, h, uitHome, homePad.resolve("schakel.properties").toString());
        zet(w, h, uitOmgeving, "omgevingsvariabele");
        zet(w, h, uitSysteem, "-D");
        zet(w, h, uitOverrides, "override");
        return new Instellingen(root, w, h);
    }

    /** SCHAKEL_KEYCLOAK_MANAGEMENT_PORT -> keycloak.management-port (alleen bekende sleutels). */
    static String sleutelVoorOmgeving(String naam, Set<String> bekend) {
        for (String sleutel : bekend) {
            if (omgevingsnaam(sleutel).equals(naam)) {
                return sleutel;
            }
        }
        if (naam.startsWith("SCHAKEL_TIMEOUT_")) {
            return "timeout." + naam.substring("SCHAKEL_TIMEOUT_".length()).toLowerCase(Locale.ROOT);
        }
        return null;
    }

    static String omgevingsnaam(String sleutel) {
        return "SCHAKEL_" + sleutel.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    @SafeVarargs
    private static String eerste(String sleutel, Map<String, String>... bronnen) {
        for (Map<String, String> bron : bronnen) {
            String v = bron.get(sleutel);
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }

    private static void zet(Map<String, String> w, Map<String, String> h, Map<String, String> bron, String naam) {
        bron.forEach((k, v) -> {
            if (v != null) {
                w.put(k, v.trim());
                h.put(k, naam);
            }
        });
    }

    private static Map<String, String> leesBestand(Path bestand) {
        Map<String, String> m = new LinkedHashMap<>();
        if (Files.isRegularFile(bestand)) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(bestand)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Kan " + bestand + " niet lezen", e);
            }
            p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        }
        return m;
    }

    // ---- API ----

    public String get(String key) {
        String v = waarden.get(key);
        if (v != null && v.isEmpty()) {
            return afgeleid(key);
        }
        return v;
    }

    /** Waar een instelling vandaan kwam (standaard, schakel.properties, omgevingsvariabele, -D, override). */
    public String herkomst(String key) {
        return herkomst.getOrDefault(key, "onbekend");
    }

    /** Het wachtwoord voor deze sleutel: de ingestelde waarde, of anders het gegenereerde uit geheimen.properties. */
    public String geheim(String key) {
        String v = waarden.get(key);
        if (v != null && !v.isBlank()) {
            return v;
        }
        return geheimen.geef(key, GEHEIM_LENGTE.getOrDefault(key, 32));
    }

    public Path projectRoot() {
        return projectRoot;
    }

    public Path home() {
        return projectRoot.resolve(waarden.get("home")).normalize();
    }

    public Path pad(String key) {
        return projectRoot.resolve(get(key)).normalize();
    }

    public boolean vlag(String key) {
        return Boolean.parseBoolean(get(key));
    }

    public int getal(String key) {
        String v = get(key);
        try {
            return Integer.parseInt(v.trim());
        } catch (RuntimeException e) {
            throw new LauncherFout("Instelling " + key + " moet een getal zijn, maar is '" + v + "' (" + herkomst(key) + ").");
        }
    }

    public Duration timeout(String onderdeel) {
        String key = "timeout." + onderdeel;
        if (waarden.get(key) == null) {
            return Duration.ofSeconds(120);
        }
        return Duration.ofSeconds(getal(key));
    }

    public int postgresPort() {
        return getal("postgres.port");
    }

    public int payaraPortbase() {
        return getal("payara.portbase");
    }

    public int payaraAdminPort() {
        return payaraPortbase() + 48;
    }

    public int payaraHttpPort() {
        return payaraPortbase() + 80;
    }

    public int keycloakPort() {
        return getal("keycloak.port");
    }

    public int keycloakManagementPort() {
        return getal("keycloak.management-port");
    }

    public int routesHealthPort() {
        return getal("routes.health-port");
    }

    /** De Keycloak-basis-URL zoals de browser en de tokens die zien (zonder slash aan het eind). */
    public String keycloakUrl() {
        String v = waarden.get("keycloak.url");
        if (v == null || v.isBlank()) {
            return "http://localhost:" + keycloakPort();
        }
        return v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
    }

    public String realmUrl() {
        return keycloakUrl() + "/realms/" + get("keycloak.realm");
    }

    public String webUrl() {
        return "http://localhost:" + payaraHttpPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + get("postgres.host") + ":" + postgresPort() + "/" + database;
    }

    Path runDir() {
        return home().resolve("run");
    }

    Path logDir() {
        return home().resolve("logs");
    }

    Path runtimeDir() {
        return home().resolve("runtime");
    }

    private String afgeleid(String key) {
        switch (key) {
            case "keycloak.url":
                return keycloakUrl();
            case "token.jwks":
                return realmUrl() + "/protocol/openid-connect/certs";
            case "token.issuer":
                return realmUrl();
            case "keycloak.java-home":
                return Javas.javaHomeVoorKeycloak().toString();
            case "payara.java-home":
            case "routes.java-home":
            case "demo-partner.java-home":
                return Javas.huidige().toString();
            default:
                return "";
        }
    }

    /** Alle bekende sleutels met waarde en herkomst; wachtwoorden gemaskeerd. */
    public String beschrijving() {
        StringBuilder sb = new StringBuilder();
        for (String k : new TreeSet<>(waarden.keySet())) {
            String v = GEHEIME_SLEUTELS.contains(k) ? (waarden.get(k).isBlank() ? "(gegenereerd)" : "****") : get(k);
            sb.append(k).append(" = ").append(v).append("   [").append(herkomst(k)).append("]\n");
        }
        return sb.toString();
    }
}
