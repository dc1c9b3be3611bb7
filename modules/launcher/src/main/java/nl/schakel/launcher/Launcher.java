package nl.schakel.launcher;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.schakel.toegang.domein.bewaren.Bewaarregel;
import nl.schakel.toegang.domein.bewaren.Bewaartermijnen;
import nl.schakel.toegang.infrastructuur.logboek.Ankerbestand;
import nl.schakel.toegang.infrastructuur.logboek.Logboekbewaring;
import nl.schakel.toegang.infrastructuur.logboek.Logboekcontroleur;
import nl.schakel.toegang.infrastructuur.logboek.Logboeksleutel;

/**
 * Start en stopt de hele Schakel-stack voor één home-map: PostgreSQL, dan Keycloak, Payara en de demopartner
 * naast elkaar, dan de integratieroutes. Gebruik: {@code ./schakel start|stop|status|logs} of
 * {@code Launcher.voor(projectRoot, Map.of("payara.deploy", "false")).start()}.
 */
public final class Launcher {
    private final Instellingen inst;
    private final PostgresOnderdeel postgres;
    private final KeycloakOnderdeel keycloak;
    private final PayaraOnderdeel payara;
    private final RoutesOnderdeel routes;
    private final DemoPartnerOnderdeel demoPartner;
    private final Voortgang voortgang;

    private Launcher(Instellingen inst, PrintStream uit) {
        this.inst = inst;
        Artefacten artefacten = new Artefacten();
        this.postgres = new PostgresOnderdeel(inst, artefacten);
        this.keycloak = new KeycloakOnderdeel(inst, artefacten);
        this.payara = new PayaraOnderdeel(inst, artefacten);
        this.demoPartner = new DemoPartnerOnderdeel(inst);
        this.routes = new RoutesOnderdeel(inst, demoPartner, System::getenv);
        this.voortgang = new Voortgang(uit);
    }

    /** Een launcher voor deze projectmap; overrides winnen van elke andere bron van instellingen. */
    public static Launcher voor(Path projectRoot, Map<String, String> overrides) {
        return new Launcher(Instellingen.laad(projectRoot, overrides), System.out);
    }

    static Launcher voor(Instellingen inst, PrintStream uit) {
        return new Launcher(inst, uit);
    }

    public Instellingen instellingen() {
        return inst;
    }

    /** In startvolgorde. */
    List<Onderdeel> onderdelen() {
        return List.of(postgres, keycloak, payara, demoPartner, routes);
    }

    /** Wat de launcher voor deze home zelf start. */
    List<Onderdeel> zelfGestart() {
        List<Onderdeel> l = new ArrayList<>();
        for (Onderdeel o : onderdelen()) {
            if (o.aan() && o.startZelf()) {
                l.add(o);
            }
        }
        return l;
    }

    /** Start alles wat aan staat en wacht tot het klaar is; bij een fout stopt het wat deze start startte. */
    public void start() {
        try (Slot slot = Slot.neem(inst.runDir())) {
            startOnderSlot();
        }
    }

    private void startOnderSlot() {
        Map<String, Long> draait = draaiend();
        List<Onderdeel> ontbreekt = ontbrekend();
        if (ontbreekt.isEmpty() && !draait.isEmpty()) {
            StringBuilder sb = new StringBuilder("Schakel draait al voor " + inst.home() + " (");
            draait.forEach((naam, pid) -> sb.append(naam).append(" pid ").append(pid).append(", "));
            sb.setLength(sb.length() - 2);
            sb.append("). Alles draait; er is niets gestart. Gebruik 'stop' om te stoppen of 'status' voor de toestand.");
            throw new AlGestartFout(sb.toString());
        }
        long begin = System.nanoTime();
        if (!draait.isEmpty()) {
            // na een crash (kill -9) van één onderdeel: alleen dat starten, wat draait laten we met rust
            StringBuilder sb = new StringBuilder("Draait al (blijft draaien):");
            draait.forEach((naam, pid) -> sb.append(' ').append(naam).append(" pid ").append(pid).append(','));
            sb.setLength(sb.length() - 1);
            sb.append(". Starten wat ontbreekt:");
            ontbreekt.forEach(o -> sb.append(' ').append(o.naam()).append(','));
            sb.setLength(sb.length() - 1);
            voortgang.regel(sb.toString());
        }
        List<Poorten.Claim> claims = new ArrayList<>();
        for (Onderdeel o : ontbreekt) {
            claims.addAll(o.poorten());
        }
        Poorten.controleerVrij(claims);
        for (Onderdeel o : onderdelen()) {
            if (o.aan() && (!o.startZelf() || ontbreekt.contains(o))) {
                o.controleerVooraf();
            }
        }
        voortgang.regel("Schakel starten in " + inst.home());
        if (keycloak.startZelf() && !Files.isRegularFile(keycloak.realmBestand())) {
            voortgang.regel("  let op   realmbestand " + keycloak.realmBestand()
                    + " ontbreekt: Keycloak start zonder realm-import (instelling keycloak.realm-file)");
        }
        maakMappen();

        List<Onderdeel> gestart = Collections.synchronizedList(new ArrayList<>());
        // Ctrl-C tijdens het starten: stop wat deze start al startte
        Thread opruimer = new Thread(() -> stopLijst(reverse(gestart)), "schakel-opruimen");
        Runtime.getRuntime().addShutdownHook(opruimer);
        try {
            if (teStarten(postgres, draait)) {
                startEen(postgres, gestart);
            }
            List<Onderdeel> parallel = new ArrayList<>();
            if (keycloak.aan() && teStarten(keycloak, draait)) {
                parallel.add(keycloak);
            }
            if (payara.aan() && teStarten(payara, draait)) {
                parallel.add(payara);
            }
            if (demoPartner.aan() && teStarten(demoPartner, draait)) {
                // vóór de routes klaar: hun eerste bezorging gaat naar de webhook en mailbox van de demopartner
                parallel.add(demoPartner);
            }
            startParallel(parallel, gestart);
            if (routes.aan() && teStarten(routes, draait)) {
                startEen(routes, gestart);
            }
            List<Onderdeel> nogSteeds = ontbrekend();
            if (!nogSteeds.isEmpty()) {
                throw new LauncherFout("Na de start draait niet: " + String.join(", ",
                        nogSteeds.stream().map(Onderdeel::naam).toList()) + " (zie de logs: ./schakel logs)");
            }
        } catch (RuntimeException e) {
            if (!gestart.isEmpty()) {
                voortgang.regel("Starten mislukt; stoppen wat deze start startte ...");
                stopLijst(reverse(gestart));
            }
            throw e instanceof LauncherFout ? e : new LauncherFout("Starten mislukt: " + e, e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(opruimer);
            } catch (IllegalStateException e) {
                // de JVM stopt al; de opruimer loopt
            }
        }
        voortgang.regel("Schakel is klaar (" + Voortgang.seconden(begin) + " s).");
        voortgang.regel(overzicht());
    }

    /** Wat de launcher zelf start maar dat nu niet draait (na een crash of kill -9 van één onderdeel). */
    List<Onderdeel> ontbrekend() {
        List<Onderdeel> l = new ArrayList<>();
        for (Onderdeel o : zelfGestart()) {
            if (o.proces().isEmpty()) {
                l.add(o);
            }
        }
        return l;
    }

    /** De namen van {@link #ontbrekend()}: waar {@code status} zijn exitcode 3 op baseert. */
    public List<String> ontbrekendeNamen() {
        return ontbrekend().stream().map(Onderdeel::naam).toList();
    }

    /** Een onderdeel dat al draait, wordt niet opnieuw gestart; een extern onderdeel wordt (zoals altijd) gecontroleerd. */
    private static boolean teStarten(Onderdeel o, Map<String, Long> draait) {
        return !o.startZelf() || !draait.containsKey(o.naam());
    }

    private void startEen(Onderdeel o, List<Onderdeel> gestart) {
        if (o.startZelf()) {
            gestart.add(o);
        }
        o.start(voortgang);
    }

    private void startParallel(List<Onderdeel> lijst, List<Onderdeel> gestart) {
        if (lijst.isEmpty()) {
            return;
        }
        if (lijst.size() == 1) {
            startEen(lijst.get(0), gestart);
            return;
        }
        ExecutorService ex = Executors.newFixedThreadPool(lijst.size(), r -> {
            Thread t = new Thread(r, "schakel-start");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Onderdeel o : lijst) {
                futures.add(ex.submit(() -> startEen(o, gestart)));
            }
            RuntimeException eerste = null;
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    RuntimeException r = c instanceof RuntimeException ? (RuntimeException) c
                            : new LauncherFout("Starten mislukt: " + c, c);
                    if (eerste == null) {
                        eerste = r;
                    } else {
                        eerste.addSuppressed(r);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new LauncherFout("Onderbroken");
                }
            }
            if (eerste != null) {
                throw eerste;
            }
        } finally {
            ex.shutdownNow();
        }
    }

    private void maakMappen() {
        try {
            Files.createDirectories(inst.runDir());
            Files.createDirectories(inst.logDir());
            Files.createDirectories(inst.runtimeDir());
        } catch (java.io.IOException e) {
            throw new LauncherFout("Kan " + inst.home() + " niet aanmaken: " + e.getMessage(), e);
        }
    }

    /** De EAR en/of routes-jar die met deze instellingen nodig zijn maar nog niet gebouwd. */
    List<Path> ontbrekendeBouwresultaten() {
        List<Path> l = new ArrayList<>();
        if (payara.aan() && payara.deploy() && !Files.isRegularFile(payara.ear())) {
            l.add(payara.ear());
        }
        if (routes.aan() && !Files.isRegularFile(routes.jar())) {
            l.add(routes.jar());
        }
        if (demoPartner.aan() && !Files.isRegularFile(demoPartner.jar())) {
            l.add(demoPartner.jar());
        }
        return l;
    }

    /** Stopt wat voor deze home draait (Payara, Keycloak, routes, dan PostgreSQL) en wacht tot het weg is. */
    public void stop() {
        try (Slot slot = Slot.neem(inst.runDir())) {
            stopLijst(List.of(payara, keycloak, routes, demoPartner, postgres));
        }
    }

    private void stopLijst(List<Onderdeel> lijst) {
        for (Onderdeel o : lijst) {
            Optional<ProcessHandle> ph = o.proces();
            if (ph.isPresent()) {
                voortgang.stap(o.naam() + " stoppen (pid " + ph.get().pid() + ")", o::stop);
            }
        }
    }

    private static List<Onderdeel> reverse(List<Onderdeel> l) {
        List<Onderdeel> r;
        synchronized (l) {
            r = new ArrayList<>(l);
        }
        Collections.reverse(r);
        // altijd PostgreSQL als laatste
        r.sort((a, b) -> Boolean.compare(a instanceof PostgresOnderdeel, b instanceof PostgresOnderdeel));
        return r;
    }

    /** Welke onderdelen voor deze home draaien, met pid (ook voor de test van de hele stack: wie is na een kill -9 nieuw). */
    public Map<String, Long> draaiend() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Onderdeel o : onderdelen()) {
            o.proces().ifPresent(ph -> m.put(o.naam(), ph.pid()));
        }
        return m;
    }

    public String status() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-18s %-10s %-8s %s%n", "onderdeel", "toestand", "pid", "poort / gezondheid"));
        for (Onderdeel o : onderdelen()) {
            String toestand;
            String pid = "-";
            String gezond = "";
            if (!o.aan()) {
                toestand = "uit";
            } else if (!o.startZelf()) {
                toestand = "extern";
                gezond = o.gezondheid();
            } else {
                Optional<ProcessHandle> ph = o.proces();
                toestand = ph.isPresent() ? "draait" : "gestopt";
                if (ph.isPresent()) {
                    pid = String.valueOf(ph.get().pid());
                    gezond = o.gezondheid();
                }
            }
            sb.append(String.format("%-18s %-10s %-8s %s%n", o.naam(), toestand, pid, gezond));
        }
        return sb.toString();
    }

    /**
     * Checks the logboek (as the schema owner) with {@link Logboekcontroleur}: the signed checkpoints against
     * {@code var/logboek/ankers.log}, the chain from the last checkpoint (all of it with {@code volledig}), every
     * row's seal with the logboek key from {@code geheimen.properties}, and the unchained tail (count, oldest age).
     * "heel", or every finding with the place it was found.
     */
    /**
     * The logboek's retention rule ({@code bewaartermijnen.json}, "logboek"), as the schema owner with
     * {@link Logboekbewaring}: without {@code uitvoeren} only what would go; with it the oldest months whose every row
     * is older than the rule are dropped after a signed cut (also appended to {@code var/logboek/ankers.log}).
     */
    public String bewaarLogboek(boolean uitvoeren) {
        Bewaarregel regel;
        try (var in = Bewaartermijnen.class.getResourceAsStream(Bewaartermijnen.BESTAND)) {
            regel = Bewaartermijnen.uit(in).logboek();
        } catch (java.io.IOException e) {
            throw new LauncherFout("bewaartermijnen.json niet te lezen: " + e.getMessage());
        }
        Period termijn = Period.of(regel.termijn().jaren(), regel.termijn().maanden(), 0);
        LocalDate vandaag = LocalDate.now(ZoneOffset.UTC);
        try (java.sql.Connection c = postgres.verbind(inst.get("postgres.database"), inst.get("postgres.owner.user"),
                inst.geheim("postgres.owner.password"))) {
            Logboekbewaring bewaring = new Logboekbewaring(c, Logboeksleutel.van(inst.geheim("logboek.sleutel")),
                    new Ankerbestand(PayaraOnderdeel.ankerbestand(inst)));
            String kop = "Bewaartermijn logboek: " + regel.termijn().omschrijving() + " (peildatum " + vandaag + ").\n";
            if (!uitvoeren) {
                Logboekbewaring.Voorstel v = bewaring.voorstel(vandaag, termijn);
                return kop + (v.leeg() ? "Geen maand is oud genoeg om te vernietigen."
                        : "Te vernietigen: " + v.maanden() + ", " + v.regels() + " regels. Uitvoeren: logboek-bewaring --uitvoeren");
            }
            Logboekbewaring.Uitkomst u = bewaring.snijd(vandaag, termijn);
            return kop + u.snede().map(d -> "Vernietigd: " + u.voorstel().maanden() + ", regels 1 t/m " + d.totVolgnummer()
                    + " (" + d.regels() + " in deze snede); getekende snede in " + PayaraOnderdeel.ankerbestand(inst) + ".")
                    .orElse("Geen maand is oud genoeg om te vernietigen.");
        } catch (Logboekbewaring.Geweigerd e) {
            throw new LauncherFout("Logboek niet ingekort, er is niets veranderd: " + e.getMessage());
        } catch (java.sql.SQLException e) {
            throw new LauncherFout("Logboekbewaring niet uit te voeren (draait PostgreSQL, is het platform uitgerold?): " + e.getMessage());
        }
    }

    public String controleerLogboek(boolean volledig) {
        Logboekcontroleur.Uitslag u;
        Path ankers = PayaraOnderdeel.ankerbestand(inst);
        try (java.sql.Connection c = postgres.verbind(inst.get("postgres.database"), inst.get("postgres.owner.user"),
                inst.geheim("postgres.owner.password"))) {
            u = new Logboekcontroleur(c, Optional.of(Logboeksleutel.van(inst.geheim("logboek.sleutel"))),
                    Optional.of(new Ankerbestand(ankers))).controleer(volledig);
        } catch (java.sql.SQLException e) {
            throw new LauncherFout("Logboek niet te controleren (draait PostgreSQL, is het platform uitgerold?): " + e.getMessage());
        }
        String staart = "Ongeketend: " + u.ongeketend() + (u.ongeketend() == 0 ? " regels."
                : " regel(s), de oudste " + u.oudsteOngeketend().map(d -> String.format("%.1f s", d.toMillis() / 1000.0)).orElse("?")
                        + " oud (de ketenaar neemt ze binnen een seconde op; lang oud: kijk in het serverlog).");
        String bereik = volledig || u.gecontroleerdVanaf() == 0 ? "volledig gecontroleerd"
                : "gecontroleerd vanaf ankerpunt " + u.gecontroleerdVanaf() + " (volledig: logboek-controle --volledig)";
        StringBuilder sb = new StringBuilder();
        u.opmerkingen().forEach(o -> sb.append("Let op: ").append(o).append('\n'));
        if (!u.heel()) {
            sb.append("Logboek GEBROKEN (").append(u.bevindingen().size()).append(" bevinding(en), ").append(bereik).append("):\n");
            u.bevindingen().forEach(b -> sb.append("  ").append(b).append('\n'));
            sb.append(staart);
            throw new LauncherFout(sb.toString());
        }
        return sb.append("Logboek heel: ").append(u.geketend()).append(" geketende regels, ").append(bereik).append("; ")
                .append(u.ankerpunten()).append(" getekende ankerpunten, gelijk aan ").append(ankers).append(". ")
                .append(staart).toString();
    }

    public String logs() {
        StringBuilder sb = new StringBuilder("Logbestanden in " + inst.logDir() + ":\n");
        sb.append(String.format("  %-18s %s%n", "PostgreSQL", postgres.log()));
        sb.append(String.format("  %-18s %s%n", "Keycloak", keycloak.log()));
        sb.append(String.format("  %-18s %s  (asadmin)%n", "Payara", payara.log()));
        sb.append(String.format("  %-18s %s  (server)%n", "", payara.serverLog()));
        sb.append(String.format("  %-18s %s%n", "Integratieroutes", routes.log()));
        sb.append(String.format("  %-18s %s%n", "Demopartner", demoPartner.log()));
        return sb.toString();
    }

    String overzicht() {
        StringBuilder sb = new StringBuilder();
        if (payara.aan()) {
            sb.append("\n  UI                 ").append(inst.webUrl()).append("/\n");
            sb.append("  API                ").append(inst.webUrl()).append("/api/v1\n");
        }
        if (keycloak.aan()) {
            sb.append("  Keycloak beheer    ").append(inst.keycloakUrl()).append("/admin/  (gebruiker ")
                    .append(inst.get("keycloak.admin.user")).append(", wachtwoord in ")
                    .append(inst.home().resolve("geheimen.properties")).append(" onder keycloak.admin.password)\n");
        }
        if (payara.startZelf()) {
            sb.append("  Payara beheer      http://localhost:").append(inst.payaraAdminPort()).append("/\n");
        }
        if (demoPartner.aan()) {
            sb.append("  Demopartner        ").append(demoPartner.url())
                    .append("/  (wat de bezorging afleverde: webhook en mailbox van de wijkteams)\n");
        }
        sb.append("  Logs               ").append(inst.logDir()).append("/\n");
        sb.append("\n  Demo-accounts (fictief, wachtwoord voor allemaal: schakel-demo, alleen voor de demo)\n");
        sb.append(String.format("  %-20s %-14s %s%n", "gebruiker", "organisatie", "rol"));
        for (String[] r : DEMO) {
            sb.append(String.format("  %-20s %-14s %s%n", r[0], r[1], r[2]));
        }
        return sb.toString();
    }

    static final String[][] DEMO = {
        {"vt.procesregisseur", "VTRR", "procesregisseur"},
        {"vt.crisis", "VTRR", "crisismedewerker"},
        {"vt.teamleider", "VTRR", "teamleider"},
        {"wt.feijenoord", "WT-RDAM-FEIJ", "wijkteammedewerker"},
        {"wt.charlois", "WT-RDAM-CHAR", "wijkteammedewerker"},
        {"wt.schiedam", "LT-SCHIEDAM", "wijkteammedewerker"},
        {"politie", "POL-RR", "politiemedewerker"},
        {"om", "OM-RDAM", "officier-van-justitie"},
        {"reclassering", "RN-RDAM", "reclasseringswerker"},
        {"raad", "RVDK-RR", "raadsonderzoeker"},
        {"cit", "CIT-JBRR", "cit-medewerker"},
        {"filomena", "FIL", "filomena-medewerker"},
        {"zvh", "ZVHRR", "zvh-procesregisseur"},
        {"fg", "VTRR", "functionaris-gegevensbescherming"},
        {"beheer", "SCHAKEL", "functioneel-beheerder"},
    };

    /** {@code start|stop|status|logs|instellingen}; {@code -Dsleutel=waarde} in de argumenten telt als override. */
    public static void main(String[] args) {
        String commando = null;
        boolean volledig = false;
        boolean uitvoeren = false;
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String a : args) {
            if ("--volledig".equals(a)) {
                volledig = true;
            } else if ("--uitvoeren".equals(a)) {
                uitvoeren = true;
            } else if (a.startsWith("-D") && a.contains("=")) {
                overrides.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            } else if (commando == null) {
                commando = a;
            } else {
                System.err.println("Onbekend argument: " + a);
                System.exit(2);
            }
        }
        Path root = Paths.get(System.getProperty("schakel.root", ".")).toAbsolutePath().normalize();
        if (commando == null) {
            commando = "help";
        }
        try {
            Launcher l = voor(root, overrides);
            switch (commando) {
                case "start":
                    l.start();
                    break;
                case "stop":
                    if (l.draaiend().isEmpty()) {
                        System.out.println("Er draait niets voor " + l.inst.home() + ".");
                    } else {
                        l.stop();
                        System.out.println("Gestopt.");
                    }
                    break;
                case "status":
                    System.out.print(l.status());
                    List<Onderdeel> weg = l.ontbrekend();
                    if (!weg.isEmpty()) {
                        // niet-nul: scripts en monitoring zien dat er een onderdeel plat ligt
                        System.err.println("Niet actief: " + String.join(", ", weg.stream().map(Onderdeel::naam).toList())
                                + ". './schakel start' start alleen wat ontbreekt.");
                        System.exit(3);
                    }
                    break;
                case "logs":
                    System.out.print(l.logs());
                    break;
                case "ontbreekt":
                    // voor ./schakel: de bouwresultaten die deze instellingen nodig hebben maar die er nog niet zijn
                    l.ontbrekendeBouwresultaten().forEach(System.out::println);
                    break;
                case "logboek-controle":
                    System.out.println(l.controleerLogboek(volledig));
                    break;
                case "logboek-bewaring":
                    System.out.println(l.bewaarLogboek(uitvoeren));
                    break;
                case "instellingen":
                    System.out.print(l.inst.beschrijving());
                    break;
                default:
                    System.out.println("Gebruik: ./schakel start|stop|status|logs|logboek-controle [--volledig]|logboek-bewaring [--uitvoeren]|instellingen [-Dsleutel=waarde ...]");
                    System.out.println("Instellingen: zie modules/launcher/README.md");
                    System.exit("help".equals(commando) ? 0 : 2);
            }
        } catch (AlGestartFout e) {
            System.out.println(e.getMessage());
        } catch (LauncherFout e) {
            System.err.println("FOUT: " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }
}
