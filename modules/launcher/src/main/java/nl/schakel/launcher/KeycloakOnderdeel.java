package nl.schakel.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keycloak 26 in productiemodus: {@code kc.sh build} één keer (postgres, health, lokale cache), daarna
 * {@code kc.sh start --optimized --import-realm}. Klaar = {@code /health/ready} op de managementpoort geeft 200.
 */
final class KeycloakOnderdeel implements Onderdeel {
    static final List<String> BUILD_OPTIES = List.of("--db=postgres", "--health-enabled=true", "--cache=local");

    private final Instellingen inst;
    private final Artefacten artefacten;
    private final PidBestand pid;

    KeycloakOnderdeel(Instellingen inst, Artefacten artefacten) {
        this.inst = inst;
        this.artefacten = artefacten;
        this.pid = new PidBestand(inst.runDir(), "keycloak", c -> c.endsWith("sh") || PidBestand.java().test(c));
    }

    @Override
    public String naam() {
        return "Keycloak";
    }

    @Override
    public String sleutel() {
        return "keycloak";
    }

    @Override
    public boolean aan() {
        return inst.vlag("keycloak.enabled");
    }

    @Override
    public boolean startZelf() {
        return aan() && !inst.vlag("keycloak.external");
    }

    @Override
    public List<Poorten.Claim> poorten() {
        return List.of(new Poorten.Claim(inst.keycloakPort(), "Keycloak http", "keycloak.port"),
                new Poorten.Claim(inst.keycloakManagementPort(), "Keycloak management", "keycloak.management-port"));
    }

    @Override
    public Path log() {
        return inst.logDir().resolve("keycloak.log");
    }

    Path realmBestand() {
        return inst.pad("keycloak.realm-file");
    }

    private Path installatie() {
        return inst.runtimeDir().resolve("keycloak-" + artefacten.versie("keycloak"));
    }

    private Path kcHome() {
        Path inst = installatie();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(inst)) {
            for (Path p : ds) {
                if (Files.isRegularFile(p.resolve("bin/kc.sh"))) {
                    return p;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new LauncherFout("Geen bin/kc.sh gevonden onder " + inst);
    }

    private String readyUrl() {
        return "http://localhost:" + inst.keycloakManagementPort() + "/health/ready";
    }

    @Override
    public void start(Voortgang v) {
        if (!startZelf()) {
            v.stap("Keycloak (extern, " + inst.keycloakUrl() + ") bereikbaar", () -> Processen.wachtTot(naam(), sleutel(),
                    () -> Processen.httpStatus(inst.realmUrl() + "/.well-known/openid-configuration") == 200,
                    inst.timeout(sleutel()), null, log()));
            return;
        }
        if (!Uitpakker.isUitgepakt(installatie())) {
            v.stap("Keycloak uitpakken", () -> Uitpakker.pakZipUit(artefacten.keycloakZip(), installatie()));
        }
        Path kc = kcHome();
        Map<String, String> env = omgeving();
        Path buildMerk = kc.resolve(".schakel-build");
        String buildTekst = String.join(" ", BUILD_OPTIES) + " java=" + env.get("JAVA_HOME");
        if (!leesOfLeeg(buildMerk).equals(buildTekst)) {
            v.stap("Keycloak bouwen (kc.sh build, eenmalig)", () -> {
                List<String> cmd = new ArrayList<>(List.of(kc.resolve("bin/kc.sh").toString(), "build"));
                cmd.addAll(BUILD_OPTIES);
                Processen.voerUit("kc.sh build", cmd, kc, env, log(), inst.timeout(sleutel()));
                schrijf(buildMerk, buildTekst);
            });
        }
        Path realmMerk = kc.resolve(".schakel-realm");
        String gewenst = realmVersie();
        boolean realmBestaat = Files.isRegularFile(realmBestand()) && realmInDatabase();
        if (realmBestaat && !leesOfLeeg(realmMerk).equals(gewenst)) {
            // start --import-realm skips a realm that exists: a changed realm file (a new role, a new claim) or
            // another web address would never reach an existing installation. The realm is code, so it is
            // imported again over the old one (its users are the file's demo users; sessions end).
            v.stap("Realm bijwerken (realmbestand of webadres gewijzigd; kc.sh import)", () -> {
                kopieerRealm(kc);
                List<String> cmd = new ArrayList<>(List.of(kc.resolve("bin/kc.sh").toString(), "import", "--optimized",
                        "--file=" + geimporteerdRealm(kc), "--override=true",
                        "--db-url=" + inst.jdbcUrl(inst.get("keycloak.db.database")),
                        "--db-username=" + inst.get("keycloak.db.user")));
                Processen.voerUit("kc.sh import", cmd, kc, env, log(), inst.timeout(sleutel()));
                schrijf(realmMerk, gewenst);
            });
        }
        v.stap("Keycloak starten op poort " + inst.keycloakPort(), () -> {
            kopieerRealm(kc);
            List<String> cmd = new ArrayList<>(List.of(kc.resolve("bin/kc.sh").toString(), "start", "--optimized",
                    "--hostname=" + inst.keycloakUrl(),
                    "--http-enabled=true",
                    "--http-port=" + inst.keycloakPort(),
                    "--http-management-port=" + inst.keycloakManagementPort(),
                    "--db-url=" + inst.jdbcUrl(inst.get("keycloak.db.database")),
                    "--db-username=" + inst.get("keycloak.db.user")));
            if (Files.isRegularFile(realmBestand())) {
                cmd.add("--import-realm");
            }
            Process p = Processen.startLos(cmd, kc, env, log());
            pid.schrijf(p.pid());
            Processen.wachtTot(naam(), sleutel(), () -> Processen.httpStatus(readyUrl()) == 200, inst.timeout(sleutel()),
                    p.toHandle(), log());
            if (Files.isRegularFile(realmBestand())) {
                schrijf(realmMerk, gewenst); // imported now, or it was already this version
            }
        });
    }

    /** What the imported realm depends on: the file and the placeholders the launcher fills. */
    String realmVersie() {
        if (!Files.isRegularFile(realmBestand())) {
            return "";
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Files.readAllBytes(realmBestand()));
            sha.update(("|" + inst.webUrl() + "|" + inst.geheim("keycloak.integratie-secret")).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether Keycloak's database already holds the realm (then start --import-realm would skip the file). */
    private boolean realmInDatabase() {
        try (Connection c = DriverManager.getConnection(inst.jdbcUrl(inst.get("keycloak.db.database")),
                inst.get("keycloak.db.user"), inst.geheim("keycloak.db.password"));
                PreparedStatement s = c.prepareStatement(
                        "select 1 from information_schema.tables where table_name = 'realm' and table_schema = current_schema()")) {
            try (ResultSet tabel = s.executeQuery()) {
                if (!tabel.next()) {
                    return false; // a fresh database: Keycloak has not made its tables yet
                }
            }
            try (PreparedStatement r = c.prepareStatement("select 1 from realm where name = ?")) {
                r.setString(1, inst.get("keycloak.realm"));
                try (ResultSet rij = r.executeQuery()) {
                    return rij.next();
                }
            }
        } catch (SQLException e) {
            throw new LauncherFout("Kan de Keycloak-database niet lezen om de realm te controleren: " + e.getMessage(), e);
        }
    }

    private Path geimporteerdRealm(Path kc) {
        return kc.resolve("data/import").resolve(inst.get("keycloak.realm") + "-realm.json");
    }

    private void kopieerRealm(Path kc) {
        Path bron = realmBestand();
        if (!Files.isRegularFile(bron)) {
            return;
        }
        try {
            Path doel = kc.resolve("data/import");
            Files.createDirectories(doel);
            Files.copy(bron, geimporteerdRealm(kc), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new LauncherFout("Kan realmbestand " + bron + " niet kopiëren: " + e.getMessage(), e);
        }
    }

    Map<String, String> omgeving() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("JAVA_HOME", inst.get("keycloak.java-home"));
        env.put("KC_DB_PASSWORD", inst.geheim("keycloak.db.password"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", inst.get("keycloak.admin.user"));
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", inst.geheim("keycloak.admin.password"));
        env.put("SCHAKEL_INTEGRATIE_SECRET", inst.geheim("keycloak.integratie-secret"));
        env.put("SCHAKEL_WEB_URL", inst.webUrl());
        return env;
    }

    private static String leesOfLeeg(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.readString(p).trim() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void schrijf(Path p, String s) {
        try {
            Files.writeString(p, s + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<ProcessHandle> proces() {
        return startZelf() ? pid.levend() : Optional.empty();
    }

    @Override
    public void stop() {
        Optional<ProcessHandle> ph = pid.levend();
        if (ph.isPresent()) {
            // kc.sh geeft TERM door aan de Java-VM; de procesgroep vangt ook een herstart na 'reaugmentation'
            Processen.stop(ph.get(), "TERM", true, inst.timeout("stop"));
        }
        pid.verwijder();
    }

    @Override
    public String gezondheid() {
        if (!startZelf()) {
            int s = Processen.httpStatus(inst.realmUrl() + "/.well-known/openid-configuration");
            return inst.keycloakUrl() + " realm " + inst.get("keycloak.realm") + " -> " + (s < 0 ? "geen antwoord" : "HTTP " + s);
        }
        int s = Processen.httpStatus(readyUrl());
        return "poort " + inst.keycloakPort() + ", " + readyUrl() + " -> " + (s < 0 ? "geen antwoord" : "HTTP " + s);
    }
}
