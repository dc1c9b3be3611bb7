package nl.schakel.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * De demopartner (modules/demo-partner, eigen JVM): een webhook en een echte SMTP-server (GreenMail) die spelen voor
 * het systeem en de functionele mailbox van de wijkteams, zodat een nieuwe gebruiker na {@code ./schakel start} ziet
 * wat de bezorgroute aflevert. Daarvoor schrijft de launcher ook de bezorginstellingen van de routes
 * ({@code routes-data/bezorging/organisaties.properties}), maar alleen als dat bestand er nog niet is: een bestand dat
 * iemand heeft aangepast blijft van hem.
 */
final class DemoPartnerOnderdeel implements Onderdeel {

    /** De naam van de omgevingsvariabele (van de routes) met het HMAC-geheim van de demo-organisaties. */
    static final String GEHEIM_ENV = "SCHAKEL_BEZORGING_GEHEIM_DEMO";
    static final String GEHEIM_SLEUTEL = "demo-partner.geheim";

    /**
     * De wijkteams uit de partnerseed (modules/partners, V3__organisaties.sql) - de ontvangers van een overdracht.
     * De demo-accounts zitten bij WT-RDAM-FEIJ, WT-RDAM-CHAR en LT-SCHIEDAM; de andere staan er ook in, zodat een
     * overdracht aan welk wijkteam dan ook in de demo zichtbaar aankomt in plaats van als dode brief.
     */
    static final List<String> WIJKTEAMS = List.of(
            "WT-RDAM-FEIJ", "WT-RDAM-CHAR", "WT-RDAM-IJSS", "WT-RDAM-HOPE", "WT-RDAM-ROZB", "WT-RDAM-DELF",
            "WT-RDAM-KRCR", "WT-RDAM-PRAL", "WT-RDAM-NRD", "WT-RDAM-CENT", "WT-RDAM-OVSC", "WT-RDAM-HISC",
            "WT-RDAM-HVH", "LT-SCHIEDAM", "LT-VLAARDINGEN", "LT-MAASSLUIS", "LT-LANSINGERLAND", "LT-CAPELLE",
            "LT-KRIMPEN", "LT-RIDDERKERK", "LT-BARENDRECHT", "LT-ALBRANDSWAARD", "LT-NISSEWAARD", "LT-VOORNE",
            "LT-GOEREE");

    /**
     * De andere organisaties uit de partnerseed die gebeurtenissen ontvangen: wie volgens het toegangsbeleid
     * ({@code doelen.OVERDRACHT} in modules/toegang/.../toegangsbeleid.json: Veilig Thuis, jeugdbescherming, CIT, Raad,
     * Centrum HGKM, reclassering, opvang) een overdracht kan ontvangen (Veilig Thuis kan bijvoorbeeld aan de Raad
     * overdragen), en de tafel van het Zorg- en Veiligheidshuis met politie en OM, die uitnodigingen van het
     * casusoverleg en, als contactpunt of als late organisatie, termijnmeldingen van verzoeken van betrokkenen krijgen.
     */
    static final List<String> ANDERE_ONTVANGERS = List.of(
            "VTRR", "JBRR", "CIT-JBRR", "RVDK-RR", "FIL", "RN-RDAM", "AROSA", "FIER", "ZVHRR", "POL-RR", "OM-RDAM");

    /** Elke organisatie die kan ontvangen; de demopartner speelt ze allemaal. */
    static final List<String> ONTVANGERS = java.util.stream.Stream.concat(WIJKTEAMS.stream(),
            ANDERE_ONTVANGERS.stream()).toList();

    private static final String KOP = "# Bezorginstellingen van de integratieroutes";

    private final Instellingen inst;
    private final PidBestand pid;

    DemoPartnerOnderdeel(Instellingen inst) {
        this.inst = inst;
        this.pid = new PidBestand(inst.runDir(), "demo-partner", PidBestand.java());
    }

    @Override
    public String naam() {
        return "Demopartner";
    }

    @Override
    public String sleutel() {
        return "demo-partner";
    }

    @Override
    public boolean aan() {
        return inst.vlag("demo-partner.enabled");
    }

    @Override
    public boolean startZelf() {
        return aan();
    }

    @Override
    public List<Poorten.Claim> poorten() {
        return List.of(new Poorten.Claim(httpPoort(), "demopartner http", "demo-partner.http-port"),
                new Poorten.Claim(smtpPoort(), "demopartner smtp", "demo-partner.smtp-port"));
    }

    @Override
    public Path log() {
        return inst.logDir().resolve("demo-partner.log");
    }

    int httpPoort() {
        return inst.getal("demo-partner.http-port");
    }

    int smtpPoort() {
        return inst.getal("demo-partner.smtp-port");
    }

    Path jar() {
        return inst.pad("demo-partner.jar");
    }

    Path data() {
        return inst.home().resolve("demo-partner");
    }

    /** De pagina die een nieuwe gebruiker opent (ook de basis van de webhooks). */
    String url() {
        return "http://127.0.0.1:" + httpPoort();
    }

    String readyUrl() {
        return url() + "/gezond";
    }

    String geheim() {
        return inst.geheim(GEHEIM_SLEUTEL);
    }

    @Override
    public void controleerVooraf() {
        if (!Files.isRegularFile(jar())) {
            throw new LauncherFout("De demopartner ontbreekt: " + jar() + ". Bouw hem met ./mvnw -B -DskipTests install, "
                    + "zet demo-partner.jar naar de juiste plek, of start zonder met demo-partner.enabled=false.");
        }
    }

    Map<String, String> omgeving() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SCHAKEL_DEMO_PARTNER_GEHEIM", geheim());
        env.put("SCHAKEL_DEMO_PARTNER_HOST", "127.0.0.1");
        env.put("SCHAKEL_DEMO_PARTNER_HTTP_PORT", String.valueOf(httpPoort()));
        env.put("SCHAKEL_DEMO_PARTNER_SMTP_PORT", String.valueOf(smtpPoort()));
        env.put("SCHAKEL_DEMO_PARTNER_DATA", data().toString());
        return env;
    }

    /**
     * Schrijft de bezorginstellingen voor de demo als het bestand nog niet bestaat; geeft true als het nu geschreven
     * of aangevuld is. Het geheim zelf staat er niet in, alleen de naam van de omgevingsvariabele. Een bestand dat de
     * launcher eerder schreef (herkend aan de kopregel) krijgt de ontvangers erbij die er nog niet in staan (een
     * oudere launcher schreef alleen de wijkteams); wat er al staat, ook een eigen aanpassing, blijft ongemoeid.
     * Een bestand zonder die kopregel is van iemand anders en blijft helemaal zoals het is.
     */
    boolean schrijfBezorginstellingen(Path bestand) {
        try {
            if (Files.exists(bestand)) {
                String bestaand = Files.readString(bestand, StandardCharsets.UTF_8);
                if (!bestaand.startsWith(KOP)) {
                    return false;
                }
                java.util.Properties p = new java.util.Properties();
                p.load(new java.io.StringReader(bestaand));
                StringBuilder erbij = new StringBuilder();
                for (String code : ONTVANGERS) {
                    if (p.getProperty(code + ".webhook") == null && p.getProperty(code + ".mailbox") == null) {
                        regels(erbij, code);
                    }
                }
                if (erbij.isEmpty()) {
                    return false;
                }
                schrijfAtomair(bestand, bestaand + (bestaand.endsWith("\n") ? "" : "\n")
                        + "# aangevuld door de launcher: ontvangers die nog ontbraken\n" + erbij);
                return true;
            }
            StringBuilder sb = new StringBuilder();
            sb.append(KOP).append(" (integration-routes/README.md), door de launcher\n")
                    .append("# geschreven voor de demopartner (").append(url()).append("/). De launcher overschrijft dit\n")
                    .append("# bestand nooit (hij vult alleen ontbrekende ontvangers aan): pas het gerust aan, of verwijder het\n")
                    .append("# om het opnieuw te laten maken (bijvoorbeeld na het veranderen van demo-partner.http-port).\n")
                    .append("# Het HMAC-geheim staat in geheimen.properties (").append(GEHEIM_SLEUTEL).append(") en komt via ")
                    .append(GEHEIM_ENV).append(" bij de routes.\n");
            for (String code : ONTVANGERS) {
                regels(sb, code);
            }
            Files.createDirectories(bestand.getParent());
            schrijfAtomair(bestand, sb.toString());
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Kan " + bestand + " niet schrijven", e);
        }
    }

    private void regels(StringBuilder sb, String code) {
        sb.append(code).append(".webhook = ").append(url()).append("/webhook/").append(code).append('\n')
                .append(code).append(".geheim-env = ").append(GEHEIM_ENV).append('\n')
                .append(code).append(".mailbox = ").append(mailbox(code)).append('\n');
    }

    private static void schrijfAtomair(Path bestand, String tekst) throws IOException {
        Path tijdelijk = bestand.resolveSibling(bestand.getFileName() + ".nieuw");
        Files.writeString(tijdelijk, tekst, StandardCharsets.UTF_8);
        Files.move(tijdelijk, bestand, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Een fictief functioneel adres, bijvoorbeeld {@code meldingen@wt-rdam-feij.demo.schakel.example}. */
    static String mailbox(String code) {
        return "meldingen@" + code.toLowerCase(Locale.ROOT) + ".demo.schakel.example";
    }

    @Override
    public void start(Voortgang v) {
        v.stap("Demopartner starten (http " + httpPoort() + ", smtp " + smtpPoort() + ")", () -> {
            String java = Path.of(inst.get("demo-partner.java-home"), "bin", "java").toString();
            Process p = Processen.startLos(List.of(java, "-jar", jar().toString()), inst.home(), omgeving(), log());
            pid.schrijf(p.pid());
            Processen.wachtTot(naam(), sleutel(), () -> Processen.httpStatus(readyUrl()) == 200, inst.timeout(sleutel()),
                    p.toHandle(), log());
        });
    }

    @Override
    public Optional<ProcessHandle> proces() {
        return pid.levend();
    }

    @Override
    public void stop() {
        Optional<ProcessHandle> ph = pid.levend();
        if (ph.isPresent()) {
            Processen.stop(ph.get(), "TERM", true, inst.timeout("stop"));
        }
        pid.verwijder();
    }

    @Override
    public String gezondheid() {
        int s = Processen.httpStatus(readyUrl());
        return url() + "/ (smtp " + smtpPoort() + ") -> " + (s < 0 ? "geen antwoord" : "HTTP " + s);
    }
}
