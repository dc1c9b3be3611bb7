package nl.schakel.crisisdossier.toepassing;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
    /** A screen with this many unsent events (it stopped reading) is closed; it catches up from the database on reconnect. */
    static final int MAXIMALE_ACHTERSTAND = 1000;
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
            kijkers.removeIf(kijker -> kijker.abonnement.isVerlopen(nu()) ? kijker.sluit() : !kijker.ping());
        }

        synchronized int aantal() {
            return kijkers.size();
        }

        synchronized void sluitAlle() {
            kijkers.forEach(Kijker::sluit);
            kijkers.clear();
        }
    }

    /**
     * One screen: what it may hear, the last number it has had, and its own send queue. The file's reading task only
     * queues (under the file's lock, never writing to a socket); each screen's events are written by a task of its own,
     * one at a time and in order, so a screen that stops reading holds up nobody but itself. A screen that still has
     * {@link #MAXIMALE_ACHTERSTAND} unsent events when more come is closed: it reconnects with its Last-Event-ID and
     * catches up from the database, as after any interruption.
     */
    private final class Kijker {

        private final Abonnement abonnement;
        private final Ontvanger ontvanger;
        private long laatst;
        /** Guarded by this kijker: what is queued, and whether its sending task is scheduled or running. */
        private final ArrayDeque<Livegebeurtenis> wachtrij = new ArrayDeque<>();
        private boolean bezig;
        /** Gone, closed or ended: no more queueing, and the file's stream drops it. */
        private volatile boolean weg;

        Kijker(Abonnement abonnement, Ontvanger ontvanger, long laatst) {
            this.abonnement = abonnement;
            this.ontvanger = ontvanger;
            this.laatst = laatst;
        }

        /** Queues what this screen has not had and may hear; false when it is gone, too far behind or its stream ended. */
        boolean geef(List<Livegebeurtenis> gebeurtenissen, Instant nu) {
            if (weg) {
                return false;
            }
            if (abonnement.isVerlopen(nu)) {
                return sluit();
            }
            boolean slot = false;
            boolean starten;
            synchronized (this) {
                // still this many unsent from before: the screen stopped reading (one read may bring more at once)
                boolean teVerAchter = wachtrij.size() >= MAXIMALE_ACHTERSTAND;
                for (Livegebeurtenis gebeurtenis : teVerAchter ? List.<Livegebeurtenis>of() : gebeurtenissen) {
                    if (gebeurtenis.volgnummer() <= laatst) {
                        continue;
                    }
                    laatst = gebeurtenis.volgnummer();
                    if (abonnement.hoort(gebeurtenis) || gebeurtenis.isSlot()) {
                        wachtrij.add(gebeurtenis);
                    }
                    if (gebeurtenis.isSlot()) {
                        slot = true;
                        break;
                    }
                }
                if (teVerAchter) {
                    LOG.fine("een scherm liep te ver achter en wordt gesloten; het haalt bij herverbinden in");
                    wachtrij.clear();
                    weg = true;
                } else {
                    starten = !wachtrij.isEmpty() && !bezig;
                    bezig = bezig || starten;
                    if (starten) {
                        uitvoerder.execute(this::zend);
                    }
                }
            }
            if (weg) {
                // closed outside the lock; a write that hangs on this screen's socket ends with it
                return sluit();
            }
            return !slot;
        }

        /** The screen's sending task: writes what is queued, in order, until the queue is empty or the screen is gone. */
        private void zend() {
            while (true) {
                Livegebeurtenis gebeurtenis;
                synchronized (this) {
                    gebeurtenis = wachtrij.poll();
                    if (gebeurtenis == null || weg) {
                        bezig = false;
                        return;
                    }
                }
                if (!ontvanger.stuur(gebeurtenis)) {
                    vergeet();
                    return;
                }
                if (gebeurtenis.isSlot()) {
                    vergeet();
                    sluit();
                    return;
                }
            }
        }

        /** The keep-alive: only for an idle screen (one that is sending is not idle); false when it is gone. */
        boolean ping() {
            synchronized (this) {
                if (weg) {
                    return false;
                }
                if (bezig) {
                    return true;
                }
                bezig = true;
            }
            uitvoerder.execute(() -> {
                if (ontvanger.ping()) {
                    zend();
                } else {
                    vergeet();
                }
            });
            return !weg;
        }

        private synchronized void vergeet() {
            weg = true;
            wachtrij.clear();
        }

        /** Closes the screen's stream; always false, so that it is dropped. */
        boolean sluit() {
            weg = true;
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
