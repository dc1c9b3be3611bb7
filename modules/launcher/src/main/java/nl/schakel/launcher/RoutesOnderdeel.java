package nl.schakel.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** De integratieroutes (Camel Main, eigen JVM) met de omgevingsvariabelen van het contract. */
final class RoutesOnderdeel implements Onderdeel {
    private final Instellingen inst;
    private final DemoPartnerOnderdeel demoPartner;
    private final Function<String, String> procesOmgeving;
    private final PidBestand pid;

    /** @param procesOmgeving de omgeving van de launcher zelf (die erft het routesproces; wat daar staat gaat voor) */
    RoutesOnderdeel(Instellingen inst, DemoPartnerOnderdeel demoPartner, Function<String, String> procesOmgeving) {
        this.inst = inst;
        this.demoPartner = demoPartner;
        this.procesOmgeving = procesOmgeving;
        this.pid = new PidBestand(inst.runDir(), "routes", PidBestand.java());
    }

    @Override
    public String naam() {
        return "Integratieroutes";
    }

    @Override
    public String sleutel() {
        return "routes";
    }

    @Override
    public boolean aan() {
        return inst.vlag("routes.enabled");
    }

    @Override
    public boolean startZelf() {
        return aan();
    }

    @Override
    public List<Poorten.Claim> poorten() {
        return List.of(new Poorten.Claim(inst.routesHealthPort(), "integratieroutes health", "routes.health-port"));
    }

    @Override
    public Path log() {
        return inst.logDir().resolve("routes.log");
    }

    Path jar() {
        return inst.pad("routes.jar");
    }

    String readyUrl() {
        return "http://127.0.0.1:" + inst.routesHealthPort() + "/observe/health/ready";
    }

    @Override
    public void controleerVooraf() {
        if (!Files.isRegularFile(jar())) {
            throw new LauncherFout("De integratieroutes ontbreken: " + jar() + ". Bouw ze met ./mvnw -B -DskipTests install, "
                    + "zet routes.jar naar de juiste plek, of start zonder routes met routes.enabled=false.");
        }
    }

    Map<String, String> omgeving() {
        Path data = data();
        try {
            for (String sub : List.of("inbox", "verwerkt", "fouten")) {
                Files.createDirectories(data.resolve("organisaties").resolve(sub));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SCHAKEL_API_URL", inst.webUrl() + "/api/v1");
        env.put("SCHAKEL_OIDC_TOKEN_URL", inst.realmUrl() + "/protocol/openid-connect/token");
        env.put("SCHAKEL_ROUTES_CLIENT_ID", inst.get("routes.client-id"));
        env.put("SCHAKEL_ROUTES_CLIENT_SECRET", inst.geheim("keycloak.integratie-secret"));
        env.put("SCHAKEL_ROUTES_DB_URL", inst.jdbcUrl(inst.get("postgres.database")));
        env.put("SCHAKEL_ROUTES_DB_USER", inst.get("postgres.routes.user"));
        env.put("SCHAKEL_ROUTES_DB_PASSWORD", inst.geheim("postgres.routes.password"));
        env.put("SCHAKEL_ROUTES_DATA", data.toString());
        env.put("SCHAKEL_ROUTES_HEALTH_PORT", String.valueOf(inst.routesHealthPort()));
        env.put("SCHAKEL_WEB_URL", inst.webUrl());
        // Bezorging aan partners heeft per organisatie een webhook en/of mailbox nodig (integration-routes/README.md).
        // In de standaardrun levert de demopartner die, dus staat de bezorging dan aan; zonder demopartner uit.
        // Wat in de omgeving van de launcher staat, gaat voor (het routesproces erft die omgeving).
        boolean demo = demoPartner.aan();
        if (demo) {
            demoPartner.schrijfBezorginstellingen(bezorginstellingen());
            env.put(DemoPartnerOnderdeel.GEHEIM_ENV, demoPartner.geheim());
            if (leeg(procesOmgeving.apply("SCHAKEL_SMTP_HOST"))) {
                env.put("SCHAKEL_SMTP_HOST", "127.0.0.1");
                env.put("SCHAKEL_SMTP_PORT", String.valueOf(demoPartner.smtpPoort()));
            }
        }
        // de routes controleren bij de start dat elke organisatie die kan ontvangen bruikbare instellingen heeft
        // (anders een CONFIGURATIEFOUT in log en gezondheid, geen dode brief per gebeurtenis)
        if (leeg(procesOmgeving.apply("SCHAKEL_BEZORGING_ONTVANGERS"))) {
            env.put("SCHAKEL_BEZORGING_ONTVANGERS", String.join(",", DemoPartnerOnderdeel.ONTVANGERS));
        }
        String bezorgingAan = procesOmgeving.apply("SCHAKEL_BEZORGING_AAN");
        env.put("SCHAKEL_BEZORGING_AAN", leeg(bezorgingAan) ? String.valueOf(demo) : bezorgingAan.trim());
        return env;
    }

    Path data() {
        return inst.home().resolve("routes-data");
    }

    /** {@code $SCHAKEL_ROUTES_DATA/bezorging/organisaties.properties}, zoals de route het standaard leest. */
    Path bezorginstellingen() {
        return data().resolve("bezorging").resolve("organisaties.properties");
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public void start(Voortgang v) {
        v.stap("Integratieroutes starten (health " + inst.routesHealthPort() + ")", () -> {
            String java = Path.of(inst.get("routes.java-home"), "bin", "java").toString();
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
        return readyUrl() + " -> " + (s < 0 ? "geen antwoord" : "HTTP " + s);
    }
}
