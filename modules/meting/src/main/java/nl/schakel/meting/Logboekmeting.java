package nl.schakel.meting;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.schakel.launcher.Instellingen;
import nl.schakel.toegang.domein.logboek.LogboekZoekvraag;
import nl.schakel.toegang.infrastructuur.logboek.Ankerbestand;
import nl.schakel.toegang.infrastructuur.logboek.LogboekLezer;
import nl.schakel.toegang.infrastructuur.logboek.Logboeksleutel;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The logboek at regional size, before the ladder is measured ({@code meting.logboekregels}): fills it with
 * {@link Logboekvuller}, then asks the privacy officer's question "who accessed betrokkene X in the last 12 months"
 * with the platform's own {@link LogboekLezer} as the platform's own role (first page, 50 rows, as the screen asks),
 * and times {@code logboek-controle} from the last checkpoint and in full, as the launcher runs them. The ladder after
 * it then measures B4 with that logboek underneath.
 */
final class Logboekmeting {

    private Logboekmeting() {}

    static String voer(Platform platform, String fgToken, long regels, long zaad, boolean vacuum) throws Exception {
        Instellingen inst = platform.instellingen();
        String url = inst.jdbcUrl(inst.get("postgres.database"));
        StringBuilder s = new StringBuilder();
        try (Connection superuser = DriverManager.getConnection(url, inst.get("postgres.superuser.user"),
                inst.geheim("postgres.superuser.password"))) {
            Logboekvuller vuller = new Logboekvuller(superuser, Logboeksleutel.van(inst.geheim("logboek.sleutel")),
                    new Ankerbestand(inst.home().resolve("logboek").resolve("ankers.log")), inst.getal("logboek.ankerinterval"));
            stap(String.format(Locale.ROOT, "logboek vullen met %,d regels over vijf jaar (COPY, geketend, verzegeld)", regels));
            Logboekvuller.Uitslag vulling = vuller.vul(regels, zaad, vacuum);
            long totaal = vulling.regels() + vulling.vanafVolgnummer() - 1;
            meld(s, String.format(Locale.ROOT, "Logboek gevuld: %,d regels (volgnummer %,d t/m %,d, %d getekende ankerpunten) in %.0f s: "
                    + "%,.0f regels/s; daarna %s %.0f s.%nSchijf: %,.0f MB voor %,d regels, %,.0f MB per miljoen (tabel %,.0f MB per miljoen, de rest indexen).",
                    vulling.regels(), vulling.vanafVolgnummer(), totaal, vulling.ankerpunten(), vulling.duur().toNanos() / 1e9,
                    vulling.perSeconde(), vacuum ? "vacuum (analyze)" : "analyze en BRIN-blokken samengevat", vulling.vacuum().toNanos() / 1e9, vulling.bytes() / 1e6, totaal, vulling.mbPerMiljoen(totaal),
                    vulling.tabelBytes() / 1e6 / (totaal / 1e6)));

            PGSimpleDataSource app = new PGSimpleDataSource();
            app.setUrl(url);
            app.setUser(inst.get("postgres.app.user"));
            app.setPassword(inst.geheim("postgres.app.password"));
            LogboekLezer lezer = new LogboekLezer(app);
            List<Double> koud = new ArrayList<>();
            List<Double> warm = new ArrayList<>();
            long gevonden = 0;
            for (int k = 0; k < 5; k++) {
                UUID betrokkene = vuller.betrokkeneUitDeLaatsteMaanden(k);
                LogboekZoekvraag vraag = new LogboekZoekvraag(Optional.of(betrokkene), Optional.empty(),
                        Optional.of(Instant.now().minus(365, ChronoUnit.DAYS)), Optional.empty(), Optional.empty(), 50);
                long t = System.nanoTime();
                gevonden += lezer.zoek(vraag).size();
                koud.add((System.nanoTime() - t) / 1e6);
                t = System.nanoTime();
                lezer.zoek(vraag);
                warm.add((System.nanoTime() - t) / 1e6);
            }
            koud.sort(Double::compare);
            warm.sort(Double::compare);
            meld(s, String.format(Locale.ROOT, "'Wie zag betrokkene X in de laatste 12 maanden' (LogboekLezer, eerste pagina van 50, als %s, "
                    + "elke keer een nieuwe verbinding): eerste keer mediaan %.1f ms, max %.1f ms; nog eens mediaan %.1f ms, max %.1f ms "
                    + "(5 betrokkenen, %d regels gevonden).",
                    inst.get("postgres.app.user"), koud.get(2), koud.get(4), warm.get(2), warm.get(4), gevonden));
            meld(s, viaDeApi(platform.basis(), fgToken, vuller));
        }
        for (boolean volledig : new boolean[] {false, true}) {
            stap("logboek-controle" + (volledig ? " --volledig" : ""));
            long t = System.nanoTime();
            String uitkomst = platform.controleerLogboek(volledig);
            double seconden = (System.nanoTime() - t) / 1e9;
            meld(s, String.format(Locale.ROOT, "logboek-controle%s: %.1f s — %s", volledig ? " --volledig" : "", seconden,
                    uitkomst.replace('\n', ' ')));
        }
        return s.toString();
    }

    /**
     * The same question as the privacy officer's screen asks it: {@code GET /logboek} with her token, on the
     * platform's pool, including the token check, the role check, the JSON and the logboek row that her reading itself
     * writes: the first time (a pool connection that has not met the logboek's months yet plans over all of them with
     * cold caches), and after 40 questions, as on a working day. The new connection above is the worst case.
     */
    private static String viaDeApi(String basis, String fgToken, Logboekvuller vuller) throws SQLException {
        List<Double> eerste = new ArrayList<>();
        List<Double> nogEens = new ArrayList<>();
        long gevonden = 0;
        String van = Instant.now().minus(365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        List<String> urls = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            urls.add(basis + "/api/v1/logboek?paginaGrootte=50&van=" + van + "&betrokkene=" + vuller.betrokkeneUitDeLaatsteMaanden(k));
        }
        for (String url : urls) {
            HttpResponse<String> antwoord = vraag(url, fgToken, eerste);
            gevonden += REGEL.matcher(antwoord.body()).results().count();
            vraag(url, fgToken, nogEens);
        }
        // then as a working day asks it: the pool's connections have each met the logboek's months before; the last
        // 20 of 60 questions count
        List<Double> alle = new ArrayList<>();
        for (int ronde = 0; ronde < 12; ronde++) {
            for (String url : urls) {
                vraag(url, fgToken, alle);
            }
        }
        List<Double> daarna = new ArrayList<>(alle.subList(alle.size() - 20, alle.size()));
        eerste.sort(Double::compare);
        nogEens.sort(Double::compare);
        daarna.sort(Double::compare);
        return String.format(Locale.ROOT, "Dezelfde vraag via de API (GET /logboek als functionaris gegevensbescherming, op Payara's pool, "
                + "met token, rol, JSON en de eigen logboekregel): eerste keer mediaan %.1f ms, max %.1f ms; nog eens mediaan %.1f ms, "
                + "max %.1f ms; na 40 vragen (elke verbinding van de pool kent de maanden) mediaan %.1f ms, max %.1f ms van 20 "
                + "(5 betrokkenen, %d regels getoond).",
                eerste.get(2), eerste.get(4), nogEens.get(2), nogEens.get(4), daarna.get(10), daarna.get(19), gevonden);
    }

    /** One GET of the privacy officer's page, its time added to {@code tijden}; anything but 200 ends the run. */
    private static HttpResponse<String> vraag(String url, String fgToken, List<Double> tijden) {
        long t = System.nanoTime();
        HttpResponse<String> antwoord = Api.get(url, Optional.of(fgToken));
        tijden.add((System.nanoTime() - t) / 1e6);
        if (antwoord.statusCode() != 200) {
            throw new IllegalStateException("GET /logboek gaf " + antwoord.statusCode() + ": " + antwoord.body());
        }
        return antwoord;
    }

    /** One logboek row in the API's answer: each row, chained yet or not, has its invoegnummer. */
    private static final Pattern REGEL = Pattern.compile("\"invoegnummer\"\\s*:");

    /** A line of the report: printed as it is measured, and kept for the report at the end. */
    private static void meld(StringBuilder verslag, String regel) {
        stap(regel);
        verslag.append(regel).append(System.lineSeparator());
    }

    private static void stap(String tekst) {
        Platform.stap("meting", tekst);
    }
}
