package nl.schakel.routes.bezorging;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static nl.schakel.routes.bezorging.BezorgingTestOmgeving.FEIJENOORD;
import static nl.schakel.routes.bezorging.BezorgingTestOmgeving.VERZONDEN;
import static nl.schakel.routes.bezorging.BezorgingTestOmgeving.cursor;
import static nl.schakel.routes.bezorging.BezorgingTestOmgeving.openDodeBrieven;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import nl.schakel.routes.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verliestest: N gebeurtenissen terwijl de ontvanger een tijd echt plat ligt (verbinding geweigerd), daarna
 * af en toe een 503, en halverwege een herstart van het proces. Aan het eind moet gelden:
 * aangeboden = bezorgd + dood + onderweg = N, en niets twee keer bij de ontvanger (die telt dubbelen).
 * Daarna bezorgt het herhalen van de dode brieven de rest, weer zonder dubbelen.
 * <p>
 * Instelbaar: {@code -Dschakel.verliestest.aantal=60} en {@code -Dschakel.verliestest.plat-ms=500} (hoe lang de ontvanger
 * na de eerste dode brief nog plat blijft).
 */
class BezorgingVerliesTest {

    private static final int AANTAL = Integer.getInteger("schakel.verliestest.aantal", 60);
    private static final long PLAT_MS = Long.getLong("schakel.verliestest.plat-ms", 500);

    @TempDir
    Path data;

    @Test
    void elkeAangenomenGebeurtenisIsBezorgdOfDoodEnNietsKomtDubbel() throws Exception {
        ScheduledExecutorService klok = Executors.newSingleThreadScheduledExecutor();
        try (BezorgingTestOmgeving omgeving = new BezorgingTestOmgeving(data, 2)) {
            omgeving.instellingen.put("schakel.bezorging.limiet", "5");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < AANTAL; i++) {
                ids.add(omgeving.platform.gebeurtenis(VERZONDEN, FEIJENOORD, "VTRR"));
            }
            omgeving.ontvanger.plat();
            omgeving.ontvanger.storingElke(5);
            omgeving.start();
            // plat vanaf de start tot de eerste dode brief, en dan nog PLAT_MS
            await().atMost(30, SECONDS).until(() -> openDodeBrieven() > 0);
            klok.schedule(omgeving.ontvanger::op, PLAT_MS, MILLISECONDS);

            // halverwege: het proces stopt en start opnieuw (de cursor staat in PostgreSQL)
            await().atMost(60, SECONDS).until(() -> cursor() >= AANTAL / 2);
            omgeving.stopProces();
            long cursorBijHerstart = cursor();
            omgeving.start();

            await().atMost(60, SECONDS).until(() -> cursor() == AANTAL);
            Telling eind = tel(omgeving, ids);
            eind.druk("na de feed (herstart bij cursor " + cursorBijHerstart + ")");
            assertThat(eind.bezorgd + eind.dood + eind.onderweg).isEqualTo(AANTAL);
            assertThat(eind.onderweg).isZero();
            assertThat(eind.bezorgdEnDood).isZero();
            assertThat(eind.dubbel).isZero();
            assertThat(eind.onbekend).isZero();
            assertThat(eind.dood).as("de ontvanger lag plat: er moeten dode brieven zijn").isPositive();

            // de ontvanger is weer op: herhalen bezorgt de dode brieven
            await().atMost(10, SECONDS).until(() -> omgeving.herhaal().body().endsWith("\"open\":0}"));
            Telling herhaald = tel(omgeving, ids);
            herhaald.druk("na herhalen van de dode brieven");
            assertThat(herhaald.bezorgd).isEqualTo(AANTAL);
            assertThat(herhaald.dood).isZero();
            assertThat(herhaald.dubbel).isZero();
            // één mail per gebeurtenis, elk met een eigen link
            assertThat(Arrays.stream(omgeving.mail.getReceivedMessages()).map(m -> {
                try {
                    return (String) m.getContent();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).distinct().count()).isEqualTo(AANTAL);
            assertThat(omgeving.mail.getReceivedMessages()).hasSize(AANTAL);
        } finally {
            klok.shutdownNow();
        }
    }

    private record Telling(long aangeboden, long bezorgd, long dood, long onderweg, long bezorgdEnDood, long dubbel,
            long onbekend, long pogingenOntvanger) {

        void druk(String moment) {
            System.out.printf("VERLIESTEST %s: aangeboden=%d bezorgd=%d dood=%d onderweg=%d (som=%d)"
                    + " dubbel-bij-ontvanger=%d bezorgd-en-dood=%d onbekend=%d verzoeken-bij-ontvanger=%d%n",
                    moment, aangeboden, bezorgd, dood, onderweg, bezorgd + dood + onderweg, dubbel, bezorgdEnDood,
                    onbekend, pogingenOntvanger);
        }
    }

    private static Telling tel(BezorgingTestOmgeving omgeving, List<String> ids) {
        Set<String> aangenomen = new HashSet<>(omgeving.ontvanger.geaccepteerdeIds());
        Set<String> dood = new HashSet<>();
        for (String id : ids) {
            if (TestDatabase.telRijen("select count(*) from routes.dode_brief where opgelost_op is null"
                    + " and gebeurtenis_id = '" + id + "'") > 0) {
                dood.add(id);
            }
        }
        long bezorgd = ids.stream().filter(aangenomen::contains).count();
        long onbekend = aangenomen.stream().filter(id -> !ids.contains(id)).count();
        long beide = dood.stream().filter(aangenomen::contains).count();
        assertThat((long) dood.size()).isEqualTo(openDodeBrieven());
        return new Telling(ids.size(), bezorgd, dood.size(), ids.size() - cursor(), beide,
                omgeving.ontvanger.dubbelen(), onbekend, omgeving.ontvanger.ontvangsten().size());
    }
}
