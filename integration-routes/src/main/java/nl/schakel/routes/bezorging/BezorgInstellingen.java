package nl.schakel.routes.bezorging;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Function;

/**
 * Bezorginstellingen per organisatie uit een properties-bestand (UTF-8), bij elke opzoeking opnieuw
 * gelezen zodat een correctie zonder herstart werkt (en een herhaalde dode brief dan slaagt):
 * <pre>
 * WT-RDAM-FEIJ.webhook = https://wijkteam.example/schakel/meldingen
 * WT-RDAM-FEIJ.geheim-env = SCHAKEL_BEZORGING_GEHEIM_WT_RDAM_FEIJ
 * WT-RDAM-FEIJ.mailbox = meldingen@wijkteam.example
 * </pre>
 * Het HMAC-geheim zelf staat nooit in het bestand, alleen de naam van de omgevingsvariabele.
 * Ontbreekt het bestand helemaal, dan is dat een storing (de cursor blijft staan), geen dode brief.
 */
public class BezorgInstellingen {

    private final Path bestand;
    private final Function<String, String> geheimen;

    /** @param geheimen naam van een omgevingsvariabele → waarde (of null) */
    public BezorgInstellingen(Path bestand, Function<String, String> geheimen) {
        this.bestand = bestand;
        this.geheimen = geheimen;
    }

    /** De instellingen van {@code code}; zonder bruikbare instellingen een {@link BezorgConfiguratieFout}. */
    public OrganisatieBezorging voor(String code) {
        Properties p = lees();
        String webhook = waarde(p, code + ".webhook");
        String geheimEnv = waarde(p, code + ".geheim-env");
        String mailbox = waarde(p, code + ".mailbox");
        if (webhook == null && mailbox == null) {
            throw new BezorgConfiguratieFout("geen bezorginstellingen (webhook of mailbox) voor organisatie "
                    + code + " in " + bestand.getFileName());
        }
        URI uri = null;
        String geheim = null;
        if (webhook != null) {
            try {
                uri = URI.create(webhook);
            } catch (IllegalArgumentException e) {
                throw new BezorgConfiguratieFout("ongeldige webhook-URL voor organisatie " + code);
            }
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
                throw new BezorgConfiguratieFout("webhook van organisatie " + code + " is geen http(s)-URL");
            }
            if (geheimEnv == null) {
                throw new BezorgConfiguratieFout("geen " + code + ".geheim-env voor de webhook van " + code);
            }
            geheim = geheimen.apply(geheimEnv);
            if (geheim == null || geheim.isBlank()) {
                throw new BezorgConfiguratieFout("HMAC-geheim " + geheimEnv + " voor organisatie " + code
                        + " is niet gezet");
            }
        }
        return new OrganisatieBezorging(code, uri, geheim, mailbox);
    }

    /** De organisatiecodes met minstens één sleutel in het bestand (leeg als het bestand ontbreekt). */
    public java.util.Set<String> codes() {
        if (!Files.isRegularFile(bestand)) {
            return java.util.Set.of();
        }
        java.util.Set<String> codes = new java.util.TreeSet<>();
        for (String sleutel : lees().stringPropertyNames()) {
            int punt = sleutel.lastIndexOf('.');
            if (punt > 0) {
                codes.add(sleutel.substring(0, punt));
            }
        }
        return codes;
    }

    private Properties lees() {
        Properties p = new Properties();
        if (!Files.isRegularFile(bestand)) {
            // geen dode brieven voor alles: de route stopt bij deze gebeurtenis tot het bestand er is
            throw new IllegalStateException("Bezorginstellingen " + bestand + " ontbreken");
        }
        try (Reader r = Files.newBufferedReader(bestand, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("Bezorginstellingen " + bestand + " onleesbaar", e);
        }
        return p;
    }

    private static String waarde(Properties p, String sleutel) {
        String w = p.getProperty(sleutel);
        return w == null || w.isBlank() ? null : w.trim();
    }
}
