package nl.schakel.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payara Server 6: domein {@code schakel} in {@code <home>/payara} (één keer aangemaakt), JDBC-driver in de
 * domein-lib, Hazelcast uit, http-thread-pool en HTTP-buffer (daarna één herstart), één JDBC-pool en de MicroProfile Config-properties van het
 * contract (met {@code asadmin multimode --file}, één JVM), daarna de EAR.
 */
final class PayaraOnderdeel implements Onderdeel {
    static final String POOL_APP = "schakel-pool";
    /**
     * The owner's pool of earlier versions: the owner may switch the logboek's triggers off, so it must not sit in a
     * live pool (issue 14). An existing domain that still has it loses it on the next start.
     */
    static final String OUDE_POOL_BEHEER = "schakel-beheer-pool";
    /** MicroProfile Config: where and as whom {@code DatabaseMigratie} migrates, during deployment only. */
    static final String MIGRATIE_WACHTWOORD = "schakel.db.migratie.wachtwoord";

    private final Instellingen inst;
    private final Artefacten artefacten;
    private final PidBestand pid;

    PayaraOnderdeel(Instellingen inst, Artefacten artefacten) {
        this.inst = inst;
        this.artefacten = artefacten;
        this.pid = new PidBestand(inst.runDir(), "payara", PidBestand.java());
    }

    @Override
    public String naam() {
        return "Payara";
    }

    @Override
    public String sleutel() {
        return "payara";
    }

    @Override
    public boolean aan() {
        return inst.vlag("payara.enabled");
    }

    @Override
    public boolean startZelf() {
        return aan() && !inst.vlag("payara.external");
    }

    boolean deploy() {
        return inst.vlag("payara.deploy");
    }

    @Override
    public List<Poorten.Claim> poorten() {
        int b = inst.payaraPortbase();
        String k = "payara.portbase";
        return List.of(new Poorten.Claim(b + 48, "Payara admin", k), new Poorten.Claim(b + 80, "Payara http", k),
                new Poorten.Claim(b + 81, "Payara https", k), new Poorten.Claim(b + 37, "Payara iiop", k),
                new Poorten.Claim(b + 38, "Payara iiop/ssl", k), new Poorten.Claim(b + 39, "Payara iiop/ssl-mutual", k),
                new Poorten.Claim(b + 76, "Payara jms", k), new Poorten.Claim(b + 86, "Payara jmx", k));
    }

    @Override
    public Path log() {
        return inst.logDir().resolve("payara.log");
    }

    /** Het serverlog van het domein zelf. */
    Path serverLog() {
        return domeinDir().resolve("logs/server.log");
    }

    Path domeinenDir() {
        return inst.home().resolve("payara");
    }

    Path domeinDir() {
        return domeinenDir().resolve(inst.get("payara.domain"));
    }

    Path ear() {
        return inst.pad("payara.ear");
    }

    private Path installatie() {
        return inst.runtimeDir().resolve("payara-" + artefacten.versie("payara"));
    }

    private Path asadmin() {
        return installatie().resolve("payara6/bin/asadmin");
    }

    /** MicroProfile Config property of the person registry's key; see {@link #controleerBetrokkenensleutel}. */
    static final String BETROKKENEN_SLEUTEL = "schakel.betrokkenen.sleutel";
    /** MicroProfile Config property of the logboek's key (row seals, signed checkpoints). */
    static final String LOGBOEK_SLEUTEL = "schakel.logboek.sleutel";

    @Override
    public void controleerVooraf() {
        if (deploy() && !Files.isRegularFile(ear())) {
            throw new LauncherFout("De EAR ontbreekt: " + ear() + ". Bouw hem met ./mvnw -B -DskipTests install, "
                    + "zet payara.ear naar de juiste plek, of start zonder deploy met payara.deploy=false.");
        }
        controleerBetrokkenensleutel(inst.geheim("betrokkenen.sleutel"), inst.herkomst("betrokkenen.sleutel"));
        controleerSleutel("logboek.sleutel", inst.geheim("logboek.sleutel"), inst.herkomst("logboek.sleutel"));
        if (!inst.get("payara.heap").matches("[1-9][0-9]{0,5}[mg]")) {
            throw new LauncherFout("payara.heap moet een grootte zijn als 512m of 2g (" + inst.herkomst("payara.heap")
                    + "), niet '" + inst.get("payara.heap") + "'.");
        }
        controleerBelasting();
        belastingswaarschuwing().ifPresent(w -> System.err.println("LET OP: " + w));
    }

    /** The load shedding's numbers: a place count under 1, or a negative waiting room or waiting time, is refused. */
    void controleerBelasting() {
        int gelijktijdig = inst.getal("api.gelijktijdig");
        int wachtrij = inst.getal("api.wachtrij");
        int wachttijd = inst.getal("api.wachttijd-ms");
        if (gelijktijdig < 1 || wachtrij < 0 || wachttijd < 0) {
            throw new LauncherFout("api.gelijktijdig moet ten minste 1 zijn en api.wachtrij en api.wachttijd-ms niet"
                    + " negatief (nu " + gelijktijdig + ", " + wachtrij + " en " + wachttijd + ").");
        }
    }

    /**
     * With api.gelijktijdig plus api.wachtrij not below payara.http-threads no worker is left to answer a burst with a
     * quick 503, so it queues in front of Payara's workers unseen until requests time out, which the shedding is there
     * to prevent; that is said, not refused, because a closed-loop benchmark (modules/meting, as many connections as
     * workers) runs so on purpose.
     */
    Optional<String> belastingswaarschuwing() {
        int threads = inst.getal("payara.http-threads");
        int gelijktijdig = inst.getal("api.gelijktijdig");
        int wachtrij = inst.getal("api.wachtrij");
        if (gelijktijdig + wachtrij < threads) {
            return Optional.empty();
        }
        return Optional.of("api.gelijktijdig (" + gelijktijdig + ", " + inst.herkomst("api.gelijktijdig")
                + ") plus api.wachtrij (" + wachtrij + ", " + inst.herkomst("api.wachtrij") + ") is niet kleiner dan"
                + " payara.http-threads (" + threads + ", " + inst.herkomst("payara.http-threads") + "): er blijft geen"
                + " HTTP-worker over om een drukte met 503 te beantwoorden; verzoeken daarboven wachten tot hun time-out.");
    }

    /**
     * The platform refuses to deploy with a key under 32 bytes; say so here, before Payara is touched. No whitespace,
     * quotes or backslashes: the value travels as one word through {@code asadmin multimode}.
     */
    static void controleerBetrokkenensleutel(String sleutel, String herkomst) {
        controleerSleutel("betrokkenen.sleutel", sleutel, herkomst);
    }

    /** As {@link #controleerBetrokkenensleutel} for any key setting the platform needs (also logboek.sleutel). */
    static void controleerSleutel(String instelling, String sleutel, String herkomst) {
        int bytes = sleutel.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < 32) {
            throw new LauncherFout("Instelling " + instelling + " (" + herkomst + ") is " + bytes + " bytes; het platform"
                    + " vraagt er ten minste 32. Laat hem weg om er een te laten genereren in geheimen.properties.");
        }
        if (!sleutel.matches("[^\\s\"'\\\\]+")) {
            throw new LauncherFout("Instelling " + instelling + " (" + herkomst + ") bevat spaties, aanhalingstekens of"
                    + " backslashes; die kan asadmin niet doorgeven.");
        }
    }

    private Map<String, String> omgeving() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AS_JAVA", inst.get("payara.java-home"));
        env.put("JAVA_HOME", inst.get("payara.java-home"));
        return env;
    }

    private List<String> asadminMetDoel() {
        return new ArrayList<>(List.of(asadmin().toString(), "--interactive=false", "--host", inst.get("payara.admin-host"),
                "--port", String.valueOf(inst.payaraAdminPort())));
    }

    private static final java.util.regex.Pattern ADMIN_POORT =
            java.util.regex.Pattern.compile("<network-listener[^>]*name=\"admin-listener\"[^>]*port=\"(\\d+)\"|"
                    + "<network-listener[^>]*port=\"(\\d+)\"[^>]*name=\"admin-listener\"");

    /**
     * An existing domain keeps the ports it was created with: a changed {@code payara.portbase} would otherwise
     * send every command to a port nobody listens on. Say so, with the two ways out.
     */
    static void controleerPoortbasis(Path domeinXml, int verwachtePoort, Path domeinDir) {
        String xml;
        try {
            xml = Files.readString(domeinXml);
        } catch (java.io.IOException e) {
            throw new LauncherFout("Payara-domein niet te lezen: " + domeinXml + " (" + e.getMessage() + ")");
        }
        java.util.regex.Matcher m = ADMIN_POORT.matcher(xml);
        if (m.find()) {
            int poort = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            if (poort != verwachtePoort) {
                throw new LauncherFout("Het Payara-domein in " + domeinDir + " is gemaakt met beheerpoort " + poort
                        + " (poortbasis " + (poort - 48) + "), de instellingen vragen " + verwachtePoort
                        + ". Zet payara.portbase=" + (poort - 48) + " of verwijder " + domeinDir + " zodat het opnieuw wordt gemaakt.");
            }
        }
    }

    @Override
    public void start(Voortgang v) {
        if (!Uitpakker.isUitgepakt(installatie())) {
            v.stap("Payara uitpakken", () -> Uitpakker.pakZipUit(artefacten.payaraZip(), installatie()));
        }
        boolean nieuw = false;
        if (startZelf()) {
            Path domeinXml = domeinDir().resolve("config/domain.xml");
            if (!Files.isRegularFile(domeinXml)) {
                nieuw = true;
                v.stap("Payara-domein " + inst.get("payara.domain") + " aanmaken (eenmalig)", this::maakDomein);
            } else {
                controleerPoortbasis(domeinXml, inst.payaraAdminPort(), domeinDir());
                if (deploy() && !earMerk().equals(leesOfLeeg(domeinDir().resolve(".schakel-deploy")))) {
                    // a new EAR is about to replace the deployed one: Payara must not load the old one while it starts,
                    // or its loading and the redeploy below race (seen: "Cannot create scratch directory", Weld errors)
                    DomeinXml.slaAppOverBijStart(domeinXml, inst.get("payara.app-name"));
                }
            }
            v.stap("Payara starten (http " + inst.payaraHttpPort() + ", admin " + inst.payaraAdminPort() + ")", this::startDomein);
        }
        // de eerste keer alles; daarna alleen als een instelling (poort, wachtwoord, URL) veranderde
        String opruimen = nieuw ? "" : opruimCommandos();
        String commandos = commandos(nieuw);
        String vingerafdruk = commandos(false);
        Path merk = domeinDir().resolve(".schakel-config");
        Path herstartMerk = domeinDir().resolve(".schakel-herstart");
        boolean herstartNodig = startZelf() && !herstartInstellingen().equals(leesOfLeeg(herstartMerk));
        if (!startZelf() || nieuw || !opruimen.isEmpty() || !vingerafdruk.equals(leesOfLeeg(merk))) {
            v.stap("Payara inrichten (JDBC-pools, MicroProfile Config, threads)", () -> {
                voerMultimodeUit(opruimen + commandos);
                if (startZelf()) {
                    schrijf(merk, vingerafdruk);
                }
            });
        }
        if (herstartNodig) {
            // A new heap takes a new JVM. And Payara applies a changed thread pool or HTTP buffer to a running domain by
            // restarting its listeners, which sometimes leaves http-listener-1 dead ("Error adding HttpProbes ...
            // GrizzlyProxy is NULL" in server.log; /health/ready never answers). A restarted domain serves reliably.
            v.stap("Payara herstarten (nieuwe heap-, luisteraar- of threadinstellingen)", () -> {
                List<String> heap = heapCommandos();
                if (!heap.isEmpty()) {
                    voerMultimodeUit(String.join("\n", heap) + "\n");
                }
                stopDomein();
                startDomein();
                schrijf(herstartMerk, herstartInstellingen());
            });
        }
        if (deploy()) {
            Path earMerk = domeinDir().resolve(".schakel-deploy");
            String earTekst = earMerk();
            if (!startZelf() || !earTekst.equals(leesOfLeeg(earMerk))) {
                v.stap("EAR deployen (" + ear().getFileName() + ")", () -> {
                    List<String> cmd = asadminMetDoel();
                    // --enabled=true: the deployed app may have been skipped at start (slaAppOverBijStart)
                    cmd.addAll(List.of("deploy", "--force=true", "--enabled=true", "--name", inst.get("payara.app-name"),
                            ear().toString()));
                    // the owner's password only while this EAR migrates its schemas: afterwards the running platform
                    // cannot read it (a later start with the same EAR validates as the API's role; DatabaseMigratie)
                    voerMultimodeUit(migratiewachtwoordErbij());
                    try {
                        Processen.voerUit("asadmin deploy", cmd, inst.home(), omgeving(), log(), inst.timeout(sleutel()));
                    } finally {
                        voerMultimodeUit(migratiewachtwoordEraf());
                    }
                    if (startZelf()) {
                        schrijf(earMerk, earTekst);
                    }
                });
            }
            v.stap("Wachten op " + inst.webUrl() + "/health/ready", () -> Processen.wachtTot(naam(), sleutel(),
                    () -> Processen.httpStatus(inst.webUrl() + "/health/ready") == 200, inst.timeout(sleutel()),
                    proces().orElse(null), serverLog()));
        } else {
            Processen.wachtTot(naam(), sleutel(), () -> Processen.httpStatus(inst.webUrl() + "/") > 0, inst.timeout(sleutel()),
                    proces().orElse(null), serverLog());
        }
    }

    private void maakDomein() {
        try {
            Uitpakker.verwijderBoom(domeinDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> cmd = List.of(asadmin().toString(), "--interactive=false", "create-domain", "--nopassword=true",
                "--portbase", String.valueOf(inst.payaraPortbase()), "--domaindir", domeinenDir().toString(),
                inst.get("payara.domain"));
        Processen.voerUit("asadmin create-domain", cmd, inst.home(), omgeving(), log(), inst.timeout(sleutel()));
        DomeinXml.zetDataGridUit(domeinDir().resolve("config/domain.xml"));
        try {
            Path jdbc = artefacten.postgresqlJdbc();
            Files.copy(jdbc, domeinDir().resolve("lib").resolve(jdbc.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new LauncherFout("Kan de PostgreSQL-driver niet in " + domeinDir().resolve("lib") + " zetten: "
                    + e.getMessage(), e);
        }
    }

    /** Bytes for request line plus headers on the HTTP listener; above the API's limits, see InvoerFilter. */
    static final int HTTP_KOPBUFFER = 64 * 1024;

    /** De asadmin-commando's voor multimode; de eerste keer ook de create-commando's. */
    String commandos(boolean eersteKeer) {
        List<String> c = new ArrayList<>();
        if (eersteKeer) {
            c.add("set-hazelcast-configuration --enabled=false --dynamic=true");
            c.add("set configs.config.server-config.admin-service.das-config.dynamic-reload-enabled=false");
            c.add("set configs.config.server-config.admin-service.das-config.autodeploy-enabled=false");
            c.add("create-jdbc-connection-pool --datasourceclassname=org.postgresql.ds.PGSimpleDataSource"
                    + " --restype=javax.sql.DataSource --isconnectvalidatereq=true --validationmethod=auto-commit"
                    + " --property=databaseName=" + inst.get("postgres.database") + " " + POOL_APP);
            c.add("create-jdbc-resource --connectionpoolid=" + POOL_APP + " jdbc/schakel");
        }
        c.add(luisteraarCommandos().strip());
        poolEigenschappen(c, POOL_APP, inst.get("postgres.app.user"), inst.geheim("postgres.app.password"));
        // Payara gives every pool a trace listener that does nothing (SilentSqlTraceListener, there for its JDBC
        // monitoring): with any listener, each connection is handed out behind a reflective proxy that records every
        // JDBC call. "null" is the value the resource adapter reads as "no listeners" (an empty value falls back to
        // Payara's default); then the pool hands out its plain wrappers (docs/metingen.md, the ninth day).
        c.add("set resources.jdbc-connection-pool." + POOL_APP + ".sql-trace-listeners=null");
        c.add("set resources.jdbc-connection-pool." + POOL_APP + ".max-pool-size=" + inst.getal("payara.db-pool"));
        for (Map.Entry<String, String> e : mpConfig().entrySet()) {
            c.add("set-config-property --source=domain --propertyName=" + e.getKey() + " --propertyValue=" + e.getValue());
        }
        return String.join("\n", c) + "\n";
    }

    /**
     * What a domain of an earlier version still holds and this one must not: the owner's pool, the owner's password
     * kept for good. Run once, before {@link #commandos}; not part of the configuration's fingerprint, which would
     * otherwise change again on the next start, when there is nothing left to remove.
     */
    String opruimCommandos() {
        List<String> c = new ArrayList<>();
        if (heeftOudeBeheerpool()) {
            c.add("delete-jdbc-connection-pool --cascade=true " + OUDE_POOL_BEHEER);
        }
        if (deploy() && domeinXmlBevat("payara.microprofile." + MIGRATIE_WACHTWOORD + "\"")) {
            c.add(migratiewachtwoordEraf().strip());
        }
        return c.isEmpty() ? "" : String.join("\n", c) + "\n";
    }

    /** The settings Payara applies to a running domain by restarting its HTTP listeners; see the restart in start. */
    String luisteraarCommandos() {
        List<String> c = new ArrayList<>();
        c.add("set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size="
                + inst.getal("payara.http-threads"));
        // Grizzly reads the request line and headers into one buffer (8 KiB by default) and answers a bare 400,
        // without our problem+json, when they do not fit (a 7,000-character URL did). With 64 KiB the API's own
        // limits (4 KiB address: 414, 16 KiB headers: 431; InvoerFilter) are reached first and answered properly.
        c.add("set configs.config.server-config.network-config.protocols.protocol.http-listener-1.http"
                + ".header-buffer-length-bytes=" + HTTP_KOPBUFFER);
        return String.join("\n", c) + "\n";
    }

    /** What takes a restart to apply: the listener settings and the heap; the fingerprint of the last restart. */
    String herstartInstellingen() {
        return luisteraarCommandos() + "heap -Xmx" + inst.get("payara.heap") + "\n";
    }

    /** The server's maximum heap as {@code payara.heap} says, replacing the one the domain has (512m when created). */
    List<String> heapCommandos() {
        String gewenst = "-Xmx" + inst.get("payara.heap");
        Optional<String> huidig = huidigeHeap();
        if (huidig.filter(gewenst::equals).isPresent()) {
            return List.of();
        }
        List<String> c = new ArrayList<>();
        huidig.ifPresent(h -> c.add("delete-jvm-options " + h));
        c.add("create-jvm-options " + gewenst);
        return c;
    }

    /** The -Xmx option of the server's own configuration (domain.xml also has a default-config with its own). */
    private Optional<String> huidigeHeap() {
        Path domeinXml = domeinDir().resolve("config/domain.xml");
        try {
            if (!Files.isRegularFile(domeinXml)) {
                return Optional.of("-Xmx512m");
            }
            String xml = Files.readString(domeinXml);
            return DomeinXml.serverConfiguratie(xml)
                    .map(config -> Pattern.compile("<jvm-options>(-Xmx[^<]+)</jvm-options>").matcher(xml).region(config[0], config[1]))
                    .filter(Matcher::find)
                    .map(m -> m.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startDomein() {
        List<String> cmd = new ArrayList<>(List.of("setsid", asadmin().toString(), "--interactive=false",
                "start-domain", "--domaindir", domeinenDir().toString(), inst.get("payara.domain")));
        Processen.voerUit("asadmin start-domain", cmd, inst.home(), omgeving(), log(), inst.timeout(sleutel()));
        pid.schrijf(leesServerPid());
    }

    /** Whether the domain still has the owner's pool of an earlier version. */
    private boolean heeftOudeBeheerpool() {
        return domeinXmlBevat("\"" + OUDE_POOL_BEHEER + "\"");
    }

    private boolean domeinXmlBevat(String tekst) {
        Path domeinXml = domeinDir().resolve("config/domain.xml");
        try {
            return Files.isRegularFile(domeinXml) && Files.readString(domeinXml).contains(tekst);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String migratiewachtwoordErbij() {
        return "set-config-property --source=domain --propertyName=" + MIGRATIE_WACHTWOORD + " --propertyValue="
                + inst.geheim("postgres.owner.password") + "\n";
    }

    String migratiewachtwoordEraf() {
        return "delete-config-property --source=domain --propertyName=" + MIGRATIE_WACHTWOORD + "\n";
    }

    private void poolEigenschappen(List<String> c, String pool, String gebruiker, String wachtwoord) {
        String p = "set resources.jdbc-connection-pool." + pool + ".property.";
        c.add(p + "serverName=" + inst.get("postgres.host"));
        c.add(p + "portNumber=" + inst.postgresPort());
        c.add(p + "databaseName=" + inst.get("postgres.database"));
        c.add(p + "user=" + gebruiker);
        c.add(p + "password=" + wachtwoord);
        c.add(p + "stringtype=unspecified");
        // the driver's errors without the server's detail ("Key (kolom)=(waarde) already exists") and without a failed
        // batch's statement with its parameters: an error is logged, and a value in it can be a person's data
        c.add(p + "logServerErrorDetail=false");
        // a batch of inserts (a list page's logboek rows, a change's events) leaves as multi-row INSERTs, not one
        // execution per row: PostgreSQL routes into the logboek's month and opens its indexes once per statement, a
        // twenty-row page's rows cost a quarter less (docs/metingen.md, the nineteenth day). No batch of the platform
        // reads the update counts, which the driver then reports as SUCCESS_NO_INFO.
        c.add(p + "reWriteBatchedInserts=true");
    }

    /** De MicroProfile Config-properties van het contract (bron: domain). */
    Map<String, String> mpConfig() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("schakel.token.jwks", inst.get("token.jwks"));
        m.put("schakel.token.uitgever", inst.get("token.issuer"));
        m.put("schakel.token.publiek", inst.get("token.audiences"));
        m.put("schakel.keycloak.url", inst.keycloakUrl());
        m.put("schakel.keycloak.realm", inst.get("keycloak.realm"));
        m.put("schakel.keycloak.client-id", inst.get("keycloak.client-id"));
        m.put("schakel.db.app-rol", inst.get("postgres.app.user"));
        // the owner's credentials for the migrations at deployment: DatabaseMigratie opens its own connections with
        // them and closes them; no pool holds the owner
        m.put("schakel.db.migratie.url", inst.jdbcUrl(inst.get("postgres.database")));
        m.put("schakel.db.migratie.gebruiker", inst.get("postgres.owner.user"));
        if (!deploy()) {
            // whoever deploys (Arquillian in the tests) needs it at deployment; with a deploy of its own the launcher
            // gives it only for that deployment (see start)
            m.put(MIGRATIE_WACHTWOORD, inst.geheim("postgres.owner.password"));
        }
        m.put("schakel.meting.ingeschakeld", String.valueOf(inst.vlag("meting.ingeschakeld")));
        m.put("schakel.belasting.gelijktijdig", String.valueOf(inst.getal("api.gelijktijdig")));
        m.put("schakel.belasting.wachtrij", String.valueOf(inst.getal("api.wachtrij")));
        m.put("schakel.belasting.wachttijd-ms", String.valueOf(inst.getal("api.wachttijd-ms")));
        // the person registry's HMAC key; a changed value splits every person in two, so it is generated once and kept
        m.put(BETROKKENEN_SLEUTEL, inst.geheim("betrokkenen.sleutel"));
        // the logboek's key: the database never sees it; logboek-controle reads it from geheimen.properties
        m.put(LOGBOEK_SLEUTEL, inst.geheim("logboek.sleutel"));
        m.put("schakel.logboek.ankerinterval", String.valueOf(inst.getal("logboek.ankerinterval")));
        m.put("schakel.logboek.ankerbestand", ankerbestand(inst).toString());
        return m;
    }

    private void voerMultimodeUit(String commandos) {
        try {
            Files.createDirectories(inst.runDir());
            Path bestand = inst.runDir().resolve("payara-inrichten.asadmin");
            Files.writeString(bestand, commandos, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(bestand, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            Path tijdelijkLog = inst.runDir().resolve("payara-inrichten.log");
            Files.deleteIfExists(tijdelijkLog);
            List<String> cmd = asadminMetDoel();
            cmd.addAll(List.of("multimode", "--file", bestand.toString()));
            try {
                Processen.voerUit("asadmin multimode", cmd, inst.home(), omgeving(), tijdelijkLog, inst.timeout(sleutel()));
            } finally {
                String uit = Files.isRegularFile(tijdelijkLog) ? Files.readString(tijdelijkLog) : "";
                Files.writeString(log(), maskeer(uit), StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                Files.deleteIfExists(tijdelijkLog);
                Files.deleteIfExists(bestand);
                Matcher m = Pattern.compile("(?m)^.*(Command .* failed|Remote server does not listen|CLI\\d+).*$").matcher(uit);
                if (m.find()) {
                    throw new LauncherFout("Payara inrichten mislukt: " + m.group().trim() + "; zie " + log());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the chainer appends each signed checkpoint, outside the database: for the privacy officer. */
    static Path ankerbestand(Instellingen inst) {
        return inst.home().resolve("logboek").resolve("ankers.log").toAbsolutePath();
    }

    /** What asadmin printed, without the pools' passwords, the person registry's key and the logboek's key. */
    static String maskeer(String uitvoer) {
        return uitvoer.replaceAll("password=\\S+", "password=****")
                .replaceAll("(" + Pattern.quote(MIGRATIE_WACHTWOORD) + "\\S*\\s+--propertyValue=)\\S+", "$1****")
                .replaceAll("(" + Pattern.quote(MIGRATIE_WACHTWOORD) + "\\s*=\\s*)\\S+", "$1****")
                .replaceAll("(" + Pattern.quote(LOGBOEK_SLEUTEL) + "\\S*\\s+--propertyValue=)\\S+", "$1****")
                .replaceAll("(" + Pattern.quote(LOGBOEK_SLEUTEL) + "\\s*=\\s*)\\S+", "$1****")
                .replaceAll("(" + Pattern.quote(BETROKKENEN_SLEUTEL) + "\\S*\\s+--propertyValue=)\\S+", "$1****")
                .replaceAll("(" + Pattern.quote(BETROKKENEN_SLEUTEL) + "\\s*=\\s*)\\S+", "$1****");
    }

    private long leesServerPid() {
        Path pidFile = domeinDir().resolve("config/pid");
        try {
            return Long.parseLong(Files.readString(pidFile).trim());
        } catch (IOException | NumberFormatException e) {
            throw new LauncherFout("Payara is gestart maar " + pidFile + " is niet leesbaar; zie " + serverLog());
        }
    }

    private String earMerk() {
        return ear() + " " + bestandsMerk(ear());
    }

    private static String bestandsMerk(Path p) {
        try {
            return Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return "?";
        }
    }

    private static String leesOfLeeg(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void schrijf(Path p, String s) {
        try {
            Files.writeString(p, s);
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<ProcessHandle> proces() {
        if (!startZelf()) {
            return Optional.empty();
        }
        Optional<ProcessHandle> ph = pid.levend();
        if (ph.isEmpty()) {
            // onderbroken tijdens start-domain: ons pid-bestand is er nog niet (en Payara schrijft config/pid pas na
            // enkele seconden); zoek de server-VM van precies dit domein
            String kenmerk = "-Dcom.sun.aas.instanceRoot=" + domeinDir();
            ph = ProcessHandle.allProcesses()
                    .filter(p -> p.info().command().map(PidBestand.java()::test).orElse(false))
                    .filter(p -> Processen.argumenten(p).contains(kenmerk))
                    .filter(Processen::leeft)
                    .findFirst();
        }
        return ph;
    }

    @Override
    public void stop() {
        stopDomein();
    }

    private void stopDomein() {
        Optional<ProcessHandle> ph = proces();
        if (ph.isPresent()) {
            try {
                Processen.voerUit("asadmin stop-domain", List.of(asadmin().toString(), "--interactive=false", "stop-domain",
                        "--domaindir", domeinenDir().toString(), inst.get("payara.domain")), inst.home(), omgeving(), log(),
                        inst.timeout("stop"));
            } catch (LauncherFout e) {
                // dan met een signaal
            }
            Processen.stop(ph.get(), "TERM", false, Duration.ofSeconds(Math.max(5, inst.timeout("stop").toSeconds())));
        }
        pid.verwijder();
    }

    @Override
    public String gezondheid() {
        String url = deploy() ? inst.webUrl() + "/health/ready" : inst.webUrl() + "/";
        int s = Processen.httpStatus(url);
        return "http " + inst.payaraHttpPort() + ", admin " + inst.payaraAdminPort() + ", " + url + " -> "
                + (s < 0 ? "geen antwoord" : "HTTP " + s);
    }
}
