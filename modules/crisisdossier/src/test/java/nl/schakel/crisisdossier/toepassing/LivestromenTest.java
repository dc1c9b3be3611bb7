package nl.schakel.crisisdossier.toepassing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Livegebeurtenis;
import nl.schakel.crisisdossier.domein.Livegebeurtenis.Soort;
import nl.schakel.toegang.domein.Categoriefilter;
import nl.schakel.toegang.domein.Gegevenscategorie;
import org.junit.jupiter.api.Test;

/**
 * The fan-out of the live streams without a server: the numbered events of one file as the database would hold them,
 * screens that record what they get. After-commit calls may arrive out of order; each screen must still get every event
 * it may hear exactly once, in order.
 */
class LivestromenTest {

    private static final UUID DOSSIER = UUID.randomUUID();
    private static final Instant NU = Instant.parse("2026-12-02T02:00:00Z");

    private final List<Livegebeurtenis> opgeslagen = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Livestromen stromen = new Livestromen();
    /** The keep-alive's scheduler; its first ping is 20 s away, after every test here. */
    private final java.util.concurrent.ScheduledExecutorService planner = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();

    @org.junit.jupiter.api.AfterEach
    void stop() {
        stromen.stop();
        planner.shutdownNow();
    }

    LivestromenTest() {
        stromen.volgen = new Livevolgen() {
            @Override
            public List<Livegebeurtenis> na(UUID dossierId, long na) {
                return opgeslagen.stream().filter(g -> g.volgnummer() > na).toList();
            }

            @Override
            public long stand(UUID dossierId) {
                return opgeslagen.size();
            }
        };
        stromen.uitvoerder = Runnable::run;
        stromen.planner = planner;
        stromen.klok = java.time.Clock.fixed(NU, java.time.ZoneOffset.UTC);
    }

    @Test
    void naCommitsInOmgekeerdeVolgordeKrijgtElkScherm_ElkeGebeurtenisEenKeerOpVolgorde() {
        Scherm cit = open(alles("CIT-JBRR"), OptionalLong.empty());
        Scherm vt = open(alles("VTRR"), OptionalLong.empty());
        leg(Soort.AANTEKENING_TOEGEVOEGD, Gegevenscategorie.VEILIGHEID, "VTRR");
        leg(Soort.TAAK_TOEGEVOEGD, null, "CIT-JBRR");
        leg(Soort.TAAK_GEWIJZIGD, null, "VTRR");

        stromen.gewijzigd(DOSSIER, 3);
        stromen.gewijzigd(DOSSIER, 2);
        stromen.gewijzigd(DOSSIER, 1);

        assertThat(cit.stand).isEqualTo(0);
        assertThat(cit.nummers()).containsExactly(1L, 2L, 3L);
        assertThat(vt.nummers()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void eenAantekeningInEenCategorieDieDeKijkerNietZietWordtNietGeduwd_deEigenWelEnHetNummerLooptDoor() {
        Scherm raad = open(new Abonnement(DOSSIER, "raad", Categoriefilter.voor(EnumSet.of(Gegevenscategorie.VEILIGHEID),
                Optional.of("RVDK-RR")), Optional.empty()), OptionalLong.empty());
        leg(Soort.AANTEKENING_TOEGEVOEGD, Gegevenscategorie.GEZONDHEID, "FIL");
        leg(Soort.AANTEKENING_TOEGEVOEGD, Gegevenscategorie.GEZONDHEID, "RVDK-RR");
        leg(Soort.AANTEKENING_TOEGEVOEGD, Gegevenscategorie.VEILIGHEID, "VTRR");
        stromen.gewijzigd(DOSSIER, 3);

        assertThat(raad.nummers()).containsExactly(2L, 3L);
    }

    @Test
    void eenHerverbindingMetLastEventIdKrijgtEerstWatZeMiste_danLive_zonderDubbel() {
        leg(Soort.AANTEKENING_TOEGEVOEGD, Gegevenscategorie.VEILIGHEID, "VTRR");
        leg(Soort.TAAK_TOEGEVOEGD, null, "VTRR");
        leg(Soort.TAAK_GEWIJZIGD, null, "VTRR");
        Scherm terug = open(alles("CIT-JBRR"), OptionalLong.of(1));
        assertThat(terug.nummers()).containsExactly(2L, 3L);

        leg(Soort.TAAK_GEWIJZIGD, null, "FIL");
        stromen.gewijzigd(DOSSIER, 4);
        stromen.gewijzigd(DOSSIER, 3);
        assertThat(terug.nummers()).containsExactly(2L, 3L, 4L);
    }

    @Test
    void eenNieuwSchermHoortWaarDeStroomStaatEnKrijgtNietsOuders() {
        leg(Soort.AANTEKENING_TOEGEVOEGD, Gegevenscategorie.VEILIGHEID, "VTRR");
        leg(Soort.TAAK_TOEGEVOEGD, null, "VTRR");
        Scherm nieuw = open(alles("FIL"), OptionalLong.empty());
        assertThat(nieuw.stand).isEqualTo(2);
        stromen.gewijzigd(DOSSIER, 2);
        assertThat(nieuw.nummers()).isEmpty();
    }

    @Test
    void sluitenEindigtElkeStroomNaDeSlotgebeurtenis() {
        Scherm cit = open(alles("CIT-JBRR"), OptionalLong.empty());
        leg(Soort.DOSSIER_GESLOTEN, null, "VTRR");
        leg(Soort.TAAK_GEWIJZIGD, null, "VTRR");
        stromen.gewijzigd(DOSSIER, 2);

        assertThat(cit.nummers()).containsExactly(1L);
        assertThat(cit.gesloten).isTrue();
        assertThat(stromen.kijkers(DOSSIER)).isZero();
    }

    @Test
    void eenVerlopenNoodtoegangSluitDeStroomZonderIetsTeGeven() {
        Scherm nood = open(new Abonnement(DOSSIER, "fil", Categoriefilter.voor(EnumSet.allOf(Gegevenscategorie.class),
                Optional.of("FIL")), Optional.of(NU.minusSeconds(1))), OptionalLong.empty());
        leg(Soort.TAAK_TOEGEVOEGD, null, "VTRR");
        stromen.gewijzigd(DOSSIER, 1);
        assertThat(nood.nummers()).isEmpty();
        assertThat(nood.gesloten).isTrue();
    }

    @Test
    void eenSchermDatWegIsWordtVergeten() {
        Scherm weg = open(alles("CIT-JBRR"), OptionalLong.empty());
        weg.weg = true;
        leg(Soort.TAAK_TOEGEVOEGD, null, "VTRR");
        stromen.gewijzigd(DOSSIER, 1);
        assertThat(stromen.kijkers(DOSSIER)).isZero();
    }

    @Test
    void eenSchermDatNietMeerLeestHoudtDeAnderenNietOp_enKrijgtZijnGebeurtenissenOpVolgordeAlsHetWeerLeest() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newCachedThreadPool();
        try {
            stromen.uitvoerder = pool;
            Traag traag = new Traag();
            stromen.open(alles("FIL"), OptionalLong.empty(), traag);
            Scherm vt = open(alles("VTRR"), OptionalLong.empty());
            java.util.concurrent.CountDownLatch bijVt = vt.verwacht(3);
            for (int i = 0; i < 3; i++) {
                leg(Soort.TAAK_GEWIJZIGD, null, "CIT-JBRR");
                stromen.gewijzigd(DOSSIER, opgeslagen.size());
            }
            // Filomena's screen hangs in its first write; Veilig Thuis's gets all three meanwhile
            assertThat(traag.inSchrijven.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(bijVt.await(5, java.util.concurrent.TimeUnit.SECONDS)).as("VT wacht niet op Filomena").isTrue();
            assertThat(vt.nummers()).containsExactly(1L, 2L, 3L);
            assertThat(traag.nummers()).isEmpty();

            java.util.concurrent.CountDownLatch bijFilomena = traag.verwacht(3);
            traag.verder.countDown();
            assertThat(bijFilomena.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(traag.nummers()).containsExactly(1L, 2L, 3L);
            assertThat(stromen.kijkers(DOSSIER)).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eenSchermDatTeVerAchterRaaktWordtGeslotenEnDeAnderenKrijgenAlles() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newCachedThreadPool();
        try {
            stromen.uitvoerder = pool;
            Traag traag = new Traag();
            stromen.open(alles("FIL"), OptionalLong.empty(), traag);
            Scherm vt = open(alles("VTRR"), OptionalLong.empty());
            int aantal = Livestromen.MAXIMALE_ACHTERSTAND + 2;
            java.util.concurrent.CountDownLatch totDeStoot = vt.verwacht(aantal - 1);
            leg(Soort.TAAK_GEWIJZIGD, null, "CIT-JBRR");
            stromen.gewijzigd(DOSSIER, 1);
            assertThat(traag.inSchrijven.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            // a burst: a whole maximum at once is still taken (one read may bring it, e.g. after a reconnect)
            for (int i = 1; i < aantal - 1; i++) {
                leg(Soort.TAAK_GEWIJZIGD, null, "CIT-JBRR");
            }
            stromen.gewijzigd(DOSSIER, aantal - 1);
            // VT has it all, so the same read queued it for Filomena too
            assertThat(totDeStoot.await(5, java.util.concurrent.TimeUnit.SECONDS)).as("VT kreeg " + vt.nummers().size()).isTrue();
            assertThat(traag.gesloten).isFalse();
            assertThat(stromen.kijkers(DOSSIER)).isEqualTo(2);

            // one more while the maximum still waits: Filomena's screen is closed, nobody else notices
            java.util.concurrent.CountDownLatch laatste = vt.verwacht(1);
            leg(Soort.TAAK_GEWIJZIGD, null, "CIT-JBRR");
            stromen.gewijzigd(DOSSIER, aantal);
            assertThat(laatste.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(vt.nummers()).hasSize(aantal);
            assertThat(traag.gesloten).as("te ver achter: gesloten, het haalt in bij herverbinden").isTrue();
            assertThat(stromen.kijkers(DOSSIER)).isEqualTo(1);
            traag.verder.countDown();
        } finally {
            pool.shutdownNow();
        }
    }

    private Scherm open(Abonnement abonnement, OptionalLong laatstGezien) {
        Scherm scherm = new Scherm();
        stromen.open(abonnement, laatstGezien, scherm);
        return scherm;
    }

    private static Abonnement alles(String organisatie) {
        return new Abonnement(DOSSIER, organisatie, Categoriefilter.voor(EnumSet.allOf(Gegevenscategorie.class), Optional.of(organisatie)),
                Optional.empty());
    }

    private void leg(Soort soort, Gegevenscategorie categorie, String organisatie) {
        opgeslagen.add(new Livegebeurtenis(DOSSIER, opgeslagen.size() + 1, soort, Optional.of(UUID.randomUUID()),
                Optional.ofNullable(categorie), Optional.of(organisatie), NU));
    }

    /** A screen that records what it got. */
    private static class Scherm implements Ontvanger {

        final List<Livegebeurtenis> ontvangen = new java.util.concurrent.CopyOnWriteArrayList<>();
        long stand = -1;
        volatile boolean gesloten;
        volatile boolean weg;
        private volatile java.util.concurrent.CountDownLatch verwacht = new java.util.concurrent.CountDownLatch(0);

        List<Long> nummers() {
            return ontvangen.stream().map(Livegebeurtenis::volgnummer).toList();
        }

        /** Counts down once per event from now on: the test waits on it instead of sleeping. */
        java.util.concurrent.CountDownLatch verwacht(int aantal) {
            verwacht = new java.util.concurrent.CountDownLatch(aantal);
            return verwacht;
        }

        @Override
        public boolean stuur(Livegebeurtenis gebeurtenis) {
            if (weg) {
                return false;
            }
            ontvangen.add(gebeurtenis);
            verwacht.countDown();
            return true;
        }

        @Override
        public boolean stuurStand(long volgnummer) {
            stand = volgnummer;
            return true;
        }

        @Override
        public boolean ping() {
            return !weg;
        }

        @Override
        public void sluit() {
            gesloten = true;
        }
    }

    /** A screen whose first write hangs (a client that stopped reading) until the test lets it go on. */
    private static final class Traag extends Scherm {

        final java.util.concurrent.CountDownLatch inSchrijven = new java.util.concurrent.CountDownLatch(1);
        final java.util.concurrent.CountDownLatch verder = new java.util.concurrent.CountDownLatch(1);

        @Override
        public boolean stuur(Livegebeurtenis gebeurtenis) {
            inSchrijven.countDown();
            try {
                if (!verder.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    return false;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            return super.stuur(gebeurtenis);
        }
    }
}
