package nl.schakel.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * PostgreSQL 15 uit de zonky-binaries: data in {@code <home>/postgres} (initdb één keer), daarna idempotent de
 * rollen en databases van het contract. Als root draait de server als {@code postgres.os-user} (standaard nobody),
 * want PostgreSQL weigert root.
 */
final class PostgresOnderdeel implements Onderdeel {
    private final Instellingen inst;
    private final Artefacten artefacten;
    private final PidBestand pid;

    PostgresOnderdeel(Instellingen inst, Artefacten artefacten) {
        this.inst = inst;
        this.artefacten = artefacten;
        this.pid = new PidBestand(inst.runDir(), "postgres", c -> c.endsWith("/postgres"));
    }

    @Override
    public String naam() {
        return "PostgreSQL";
    }

    @Override
    public String sleutel() {
        return "postgres";
    }

    @Override
    public boolean aan() {
        return true;
    }

    @Override
    public boolean startZelf() {
        return !inst.vlag("postgres.external");
    }

    @Override
    public List<Poorten.Claim> poorten() {
        return List.of(new Poorten.Claim(inst.postgresPort(), naam(), "postgres.port"));
    }

    @Override
    public Path log() {
        return inst.logDir().resolve("postgres.log");
    }

    Path dataDir() {
        return inst.home().resolve("postgres");
    }

    Path binDir() {
        return inst.runtimeDir().resolve("postgres-" + artefacten.versie("postgres.binaries")).resolve("bin");
    }

    /**
     * The server settings of {@code postgres.instellingen} ({@code naam=waarde;naam=waarde}), each given to the embedded
     * server as {@code -c naam=waarde} at start (e.g. a benchmark's {@code shared_preload_libraries=pg_stat_statements}),
     * in their order. A name is PostgreSQL's (letters, digits, underscores, at most one dot) and comes once (PostgreSQL
     * would take the last value without a word, e.g. a benchmark's libraries beside the caller's own); a value may hold
     * commas, not semicolons. Refused with the setting's origin when malformed, before anything starts.
     */
    static Map<String, String> serverinstellingen(String waarde) {
        Map<String, String> instellingen = new LinkedHashMap<>();
        for (String paar : waarde.split(";")) {
            if (paar.isBlank()) {
                continue;
            }
            int is = paar.indexOf('=');
            String naam = is < 0 ? "" : paar.substring(0, is).strip();
            String instelling = is < 0 ? "" : paar.substring(is + 1).strip();
            if (!naam.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?") || instelling.isEmpty()) {
                throw new IllegalArgumentException("'" + paar.strip() + "' is geen naam=waarde");
            }
            if (instellingen.put(naam, instelling) != null) {
                throw new IllegalArgumentException("'" + naam + "' staat er twee keer in; PostgreSQL zou alleen de laatste waarde nemen");
            }
        }
        return instellingen;
    }

    @Override
    public void controleerVooraf() {
        try {
            serverinstellingen(inst.get("postgres.instellingen"));
        } catch (IllegalArgumentException e) {
            throw new LauncherFout("postgres.instellingen (" + inst.herkomst("postgres.instellingen") + "): " + e.getMessage()
                    + "; schrijf naam=waarde;naam=waarde, bijvoorbeeld shared_buffers=1GB;work_mem=8MB.");
        }
        if (startZelf() && Gebruiker.isRoot()) {
            Gebruiker.controleerBereikbaar(inst.home(), "postgres.os-user=" + inst.get("postgres.os-user"));
        }
    }

    @Override
    public void start(Voortgang v) {
        if (!startZelf()) {
            v.stap("PostgreSQL (extern, " + inst.get("postgres.host") + ":" + inst.postgresPort() + ") bereikbaar",
                    () -> Processen.wachtTot(naam(), sleutel(), this::poortOpen, Duration.ofSeconds(10), null, log()));
            return;
        }
        if (!Uitpakker.isUitgepakt(binDir().getParent())) {
            v.stap("PostgreSQL-binaries uitpakken", () -> Uitpakker.pakPostgresUit(artefacten.postgresBinaries(),
                    binDir().getParent()));
        }
        if (!Files.isRegularFile(dataDir().resolve("PG_VERSION"))) {
            v.stap("PostgreSQL-database aanmaken (initdb, eenmalig)", this::initdb);
        }
        v.stap("PostgreSQL starten op poort " + inst.postgresPort(), () -> {
            List<String> cmd = new ArrayList<>(alsOsGebruiker());
            cmd.add(binDir().resolve("postgres").toString());
            cmd.addAll(List.of("-D", dataDir().toString(), "-p", String.valueOf(inst.postgresPort())));
            serverinstellingen(inst.get("postgres.instellingen"))
                    .forEach((naam, waarde) -> cmd.addAll(List.of("-c", naam + "=" + waarde)));
            Process p = Processen.startLos(cmd, inst.home(), Map.of(), log());
            pid.schrijf(p.pid());
            Processen.wachtTot(naam(), sleutel(), this::kanVerbinden, inst.timeout(sleutel()), p.toHandle(), log());
        });
        v.stap("PostgreSQL-rollen en -databases bijwerken", this::richtIn);
    }

    private void initdb() {
        try {
            Path data = dataDir();
            Uitpakker.verwijderBoom(data);
            Files.createDirectories(data);
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
            Files.createDirectories(inst.runDir());
            Path pwfile = inst.runDir().resolve("initdb-wachtwoord.tmp");
            Files.deleteIfExists(pwfile);
            Files.createFile(pwfile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(pwfile, inst.geheim("postgres.superuser.password") + "\n", StandardCharsets.UTF_8);
            if (Gebruiker.isRoot()) {
                Gebruiker.geefAan(data, inst.get("postgres.os-user"));
                Gebruiker.geefAan(pwfile, inst.get("postgres.os-user"));
            }
            try {
                List<String> cmd = new ArrayList<>(alsOsGebruiker());
                cmd.add(binDir().resolve("initdb").toString());
                cmd.addAll(List.of("-D", data.toString(), "-U", inst.get("postgres.superuser.user"),
                        "--pwfile=" + pwfile, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C"));
                Processen.voerUit("initdb", cmd, inst.home(), Map.of(), log(), Duration.ofMinutes(3));
            } finally {
                Files.deleteIfExists(pwfile);
            }
            Files.writeString(data.resolve("postgresql.conf"), String.join("\n",
                    "", "# door de Schakel-launcher", "listen_addresses = 'localhost'", "unix_socket_directories = ''",
                    "max_connections = 100", ""), StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new LauncherFout("initdb mislukt: " + e.getMessage() + "; zie " + log(), e);
        }
    }

    private List<String> alsOsGebruiker() {
        if (!Gebruiker.isRoot()) {
            return List.of();
        }
        String gebruiker = inst.get("postgres.os-user");
        return List.of("setpriv", "--reuid=" + Gebruiker.uid(gebruiker), "--regid=" + Gebruiker.gid(gebruiker),
                "--clear-groups");
    }

    boolean poortOpen() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(inst.get("postgres.host"), inst.postgresPort()), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean kanVerbinden() {
        if (!poortOpen()) {
            return false;
        }
        try (Connection c = superuser("postgres")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private Connection superuser(String database) throws SQLException {
        return verbind(database, inst.get("postgres.superuser.user"), inst.geheim("postgres.superuser.password"));
    }

    Connection verbind(String database, String gebruiker, String wachtwoord) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", gebruiker);
        p.setProperty("password", wachtwoord);
        p.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(inst.jdbcUrl(database), p);
    }

    /** Rollen, databases en schema van het contract; idempotent, wachtwoorden volgen geheimen.properties. */
    void richtIn() {
        String db = inst.get("postgres.database");
        String owner = inst.get("postgres.owner.user");
        String app = inst.get("postgres.app.user");
        String routes = inst.get("postgres.routes.user");
        String kcDb = inst.get("keycloak.db.database");
        String kcUser = inst.get("keycloak.db.user");
        try (Connection c = superuser("postgres"); Statement st = c.createStatement()) {
            rol(c, owner, inst.geheim("postgres.owner.password"));
            rol(c, app, inst.geheim("postgres.app.password"));
            rol(c, routes, inst.geheim("postgres.routes.password"));
            rol(c, kcUser, inst.geheim("keycloak.db.password"));
            database(c, db, owner);
            database(c, kcDb, kcUser);
            st.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + id(db) + " TO " + id(app) + ", " + id(routes));
            st.execute("REVOKE ALL ON DATABASE " + id(db) + " FROM PUBLIC");
            st.execute("REVOKE ALL ON DATABASE " + id(kcDb) + " FROM PUBLIC");
            st.execute("ALTER ROLE " + id(routes) + " IN DATABASE " + id(db) + " SET search_path = "
                    + id(inst.get("postgres.routes.schema")));
        } catch (SQLException e) {
            throw new LauncherFout("Rollen en databases aanmaken mislukt: " + e.getMessage(), e);
        }
        try (Connection c = superuser(db); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA IF NOT EXISTS " + id(inst.get("postgres.routes.schema")) + " AUTHORIZATION "
                    + id(routes));
            st.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            st.execute("ALTER SCHEMA public OWNER TO " + id(owner));
        } catch (SQLException e) {
            throw new LauncherFout("Schema " + inst.get("postgres.routes.schema") + " aanmaken mislukt: " + e.getMessage(), e);
        }
    }

    private static void rol(Connection c, String naam, String wachtwoord) throws SQLException {
        boolean bestaat;
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, naam);
            try (ResultSet rs = ps.executeQuery()) {
                bestaat = rs.next();
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute((bestaat ? "ALTER ROLE " : "CREATE ROLE ") + id(naam) + " WITH LOGIN PASSWORD " + tekst(wachtwoord));
        }
    }

    private static void database(Connection c, String naam, String eigenaar) throws SQLException {
        boolean bestaat;
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, naam);
            try (ResultSet rs = ps.executeQuery()) {
                bestaat = rs.next();
            }
        }
        try (Statement st = c.createStatement()) {
            if (!bestaat) {
                st.execute("CREATE DATABASE " + id(naam) + " OWNER " + id(eigenaar) + " ENCODING 'UTF8' TEMPLATE template0");
            } else {
                st.execute("ALTER DATABASE " + id(naam) + " OWNER TO " + id(eigenaar));
            }
        }
    }

    static String id(String naam) {
        return "\"" + naam.replace("\"", "\"\"") + "\"";
    }

    static String tekst(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    @Override
    public Optional<ProcessHandle> proces() {
        return startZelf() ? pid.levend() : Optional.empty();
    }

    @Override
    public void stop() {
        Optional<ProcessHandle> ph = pid.levend();
        if (ph.isPresent()) {
            // SIGINT = "fast shutdown": sessies afbreken, checkpoint, netjes stoppen
            Processen.stop(ph.get(), "INT", false, inst.timeout("stop"));
        }
        pid.verwijder();
    }

    @Override
    public String gezondheid() {
        return "poort " + inst.postgresPort() + (poortOpen() ? " open" : " dicht");
    }
}
