package nl.schakel.crisisdossier.toepassing;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.schakel.crisisdossier.domein.Livegebeurtenis;

/**
 * The open live streams of this server, per file. After each commit that numbered an event, the file's stream reads
 * what came after the last number it read (one query per commit, however many screens follow the file) and gives each
 * screen what it has not had yet and may hear. Commits of one file are numbered in commit order under the file's row
 * lock, but their after-commit calls may arrive in either order: reading "everything after what I read" makes that
 * harmless. A reconnecting screen names the last number it saw and gets everything after it first.
 *
 * <p>One server holds its own screens; with several nodes each node's screens still get every event, because every
 * node reads the numbered events from the database (the call after the commit only says when to look).
 */
@ApplicationScoped
public class Livestromen {

    private static final Logger LOG = Logger.getLogger(Livestromen.class.getName());
    /** Idle streams get a comment line this often, so that proxies and browsers keep them open. */
    static final long PING_SECONDEN = 20;

    @Inject
    Livevolgen volgen;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    Executor uitvoerder;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ScheduledExecutorService planner;

    Clock klok = Clock.systemUTC();

    private final Map<UUID, Dossierstroom> stromen = new ConcurrentHashMap<>();
    private ScheduledFuture<?> pinger;

    /** The keep-alive starts with the first stream. */
    private synchronized void startPinger() {
        if (pinger == null) {
            pinger = planner.scheduleAtFixedRate(this::pingAlle, PING_SECONDEN, PING_SECONDEN, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (pinger != null) {
            pinger.cancel(false);
        }
        stromen.values().forEach(Dossierstroom::sluitAlle);
    }

    /**
     * A screen starts following a file: with {@code laatstGezien} it first gets everything after that number; without,
     * it is told where the stream stands (it loads the file itself once).
     */
    public void open(Abonnement abonnement, java.util.OptionalLong laatstGezien, Ontvanger ontvanger) {
        startPinger();
        // a stream the keep-alive just dropped as empty takes no new screen: then take the new one the map holds
        while (!stromen.computeIfAbsent(abonnement.crisisdossierId(), Dossierstroom::new).voegToe(abonnement, laatstGezien, ontvanger)) {
            Thread.onSpinWait();
        }
    }

    /**
     * Called after a commit that numbered an event; the committing request does not wait. One task per file reads and
     * sends at a time (commits that come meanwhile only raise what it must read next), so a burst of commits costs one
     * thread, not one each (the benchmark of 200 screens found 600 threads waiting for the file's lock).
     */
    public void gewijzigd(UUID dossierId, long volgnummer) {
        Dossierstroom stroom = stromen.get(dossierId);
        if (stroom != null && stroom.vraag(volgnummer)) {
            uitvoerder.execute(stroom::leesTotBij);
        }
    }

    /** How many screens follow the file now (for the benchmark and the readiness page). */
    public int kijkers(UUID dossierId) {
        Dossierstroom stroom = stromen.get(dossierId);
        return stroom == null ? 0 : stroom.aantal();
    }

    private void pingAlle() {
        for (Dossierstroom stroom : stromen.values()) {
            stroom.ping();
            if (stroom.sluitAlsLeeg()) {
                stromen.remove(stroom.id, stroom);
            }
        }
    }

    /** The screens following one file, and how far the stream has read the file's events. */
    private final class Dossierstroom {

        private final UUID id;
        private final List<Kijker> kijkers = new ArrayList<>();
        private long gelezenTot = -1;
        /** The highest number a commit announced; the reading task reads until it has it. */
        private final java.util.concurrent.atomic.AtomicLong gevraagd = new java.util.concurrent.atomic.AtomicLong(-1);
        /** Whether a reading task is scheduled or running for this file. */
        private final java.util.concurrent.atomic.AtomicBoolean bezig = new java.util.concurrent.atomic.AtomicBoolean();
        /** Dropped by the keep-alive as empty: takes no new screen (the map holds or gets a new stream). */
        private boolean gesloten;

        Dossierstroom(UUID id) {
            this.id = id;
        }

        /** False when this stream was dropped meanwhile: the caller takes the map's current one. */
        synchronized boolean voegToe(Abonnement abonnement, java.util.OptionalLong laatstGezien, Ontvanger ontvanger) {
            if (gesloten) {
                return false;
            }
            long stand;
            Kijker kijker;
            if (laatstGezien.isEmpty()) {
                // a new screen loads the file itself after this; it needs only where the stream stands
                stand = volgen.stand(id);
                kijker = new Kijker(abonnement, ontvanger, stand);
                if (!ontvanger.stuurStand(stand)) {
                    return true;
                }
            } else {
                List<Livegebeurtenis> gemist = volgen.na(id, laatstGezien.getAsLong());
                stand = gemist.isEmpty() ? laatstGezien.getAsLong() : gemist.get(gemist.size() - 1).volgnummer();
                kijker = new Kijker(abonnement, ontvanger, laatstGezien.getAsLong());
                if (!kijker.geef(gemist, nu())) {
                    return true;
                }
            }
            // with screens already following, the stream's own position stays: their next read covers what came since
            if (kijkers.isEmpty()) {
                gelezenTot = stand;
            }
            kijkers.add(kijker);
            return true;
        }

        /** Notes a commit's number; true when the caller must start the reading task (none is scheduled). */
        boolean vraag(long volgnummer) {
            gevraagd.accumulateAndGet(volgnummer, Math::max);
            return bezig.compareAndSet(false, true);
        }

        /** The reading task: reads and sends until it has what the commits announced, then hands the turn back. */
        void leesTotBij() {
            while (true) {
                long voor = gelezen();
                try {
                    lees(gevraagd.get());
                } finally {
                    bezig.set(false);
                }
                long na = gelezen();
                // go on only for what came after this read and before the turn was handed back (that commit started no
                // task of its own), and only while reading makes progress
                if (na == voor || gevraagd.get() <= na || !bezig.compareAndSet(false, true)) {
                    return;
                }
            }
        }

        private synchronized long gelezen() {
            return kijkers.isEmpty() ? Long.MAX_VALUE : gelezenTot;
        }

        synchronized boolean sluitAlsLeeg() {
            gesloten = kijkers.isEmpty();
            return gesloten;
        }

        synchronized void lees(long volgnummer) {
            if (volgnummer <= gelezenTot || kijkers.isEmpty()) {
                return;
            }
            List<Livegebeurtenis> nieuw = volgen.na(id, gelezenTot);
            if (nieuw.isEmpty()) {
                return;
            }
            gelezenTot = nieuw.get(nieuw.size() - 1).volgnummer();
            Instant nu = nu();
            kijkers.removeIf(kijker -> !kijker.geef(nieuw, nu));
        }

        synchronized void ping() {
            kijkers.removeIf(kijker -> kijker.abonnement.isVerlopen(nu()) ? kijker.sluit() : !kijker.ontvanger.ping());
        }

        synchronized int aantal() {
            return kijkers.size();
        }

        synchronized void sluitAlle() {
            kijkers.forEach(Kijker::sluit);
            kijkers.clear();
        }
    }

    /** One screen: what it may hear, and the last number it has had. */
    private static final class Kijker {

        private final Abonnement abonnement;
        private final Ontvanger ontvanger;
        private long laatst;

        Kijker(Abonnement abonnement, Ontvanger ontvanger, long laatst) {
            this.abonnement = abonnement;
            this.ontvanger = ontvanger;
            this.laatst = laatst;
        }

        /** Gives what this screen has not had and may hear; false when it is gone or its stream ended. */
        boolean geef(List<Livegebeurtenis> gebeurtenissen, Instant nu) {
            if (abonnement.isVerlopen(nu)) {
                return sluit();
            }
            for (Iterator<Livegebeurtenis> i = gebeurtenissen.iterator(); i.hasNext();) {
                Livegebeurtenis gebeurtenis = i.next();
                if (gebeurtenis.volgnummer() <= laatst) {
                    continue;
                }
                laatst = gebeurtenis.volgnummer();
                if (abonnement.hoort(gebeurtenis) && !ontvanger.stuur(gebeurtenis)) {
                    return false;
                }
                if (gebeurtenis.isSlot()) {
                    return sluit();
                }
            }
            return true;
        }

        /** Closes the screen's stream; always false, so that it is dropped. */
        boolean sluit() {
            try {
                ontvanger.sluit();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "stroom was al gesloten", e);
            }
            return false;
        }
    }

    private Instant nu() {
        return Instant.now(klok);
    }
}
