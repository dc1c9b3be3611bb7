package nl.schakel.meting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One live subscriber: reads the server-sent event stream line by line as the HTTP client hands the lines over (no
 * thread of its own), and notes for every event the moment it was complete (the empty line after {@code data:})
 * against the event's {@code op}. The first event, {@code stand}, only counts the subscriber as ready.
 *
 * <p>The HTTP client calls one subscriber's methods one after the other (Flow rules), so its own fields need no lock;
 * the program reads them after the load, once the receipts are in or the wait is over.
 */
final class Liveabonnee implements Flow.Subscriber<String> {

    private static final Pattern VOLGNUMMER = Pattern.compile("\"volgnummer\"\\s*:\\s*(\\d+)");
    private static final Pattern OP = Pattern.compile("\"op\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern AANTEKENING = Pattern.compile("\"aantekeningId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    /** One event received: its number, the entry, when it was written ({@code op}) and when it was complete here. */
    record Ontvangst(long volgnummer, String soort, String aantekeningId, Instant op, Instant ontvangen) {
        long vertragingMicros() {
            return java.time.Duration.between(op, ontvangen).toNanos() / 1000;
        }
    }

    final int nummer;
    final String organisatie;
    private final CountDownLatch allenKlaar;
    private final Runnable vrijgeven;
    private final AtomicBoolean vrijgegeven = new AtomicBoolean();
    private final List<Ontvangst> ontvangsten = new ArrayList<>();

    private volatile int status = -1;
    private volatile boolean stand;
    private volatile boolean beeindigd;
    private volatile String fout;
    private volatile Flow.Subscription abonnement;
    private volatile int pings;
    private volatile int aantal;

    private String soort;
    private final StringBuilder data = new StringBuilder();

    /**
     * @param allenKlaar counted down once, at the {@code stand} event
     * @param vrijgeven  called once when the stream is open ({@code stand}) or failed: lets the next one open
     */
    Liveabonnee(int nummer, String organisatie, CountDownLatch allenKlaar, Runnable vrijgeven) {
        this.nummer = nummer;
        this.organisatie = organisatie;
        this.allenKlaar = allenKlaar;
        this.vrijgeven = vrijgeven;
    }

    void status(int code) {
        status = code;
        if (code != 200) {
            geefVrij();
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription abonnement) {
        this.abonnement = abonnement;
        abonnement.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String regel) {
        if (regel.isEmpty()) {
            verwerk(Instant.now());
        } else if (regel.startsWith(":")) {
            pings++;
        } else if (regel.startsWith("event:")) {
            soort = regel.substring(6).strip();
        } else if (regel.startsWith("data:")) {
            data.append(data.length() == 0 ? "" : "\n").append(regel.substring(5).strip());
        }
        // id: carries the same number as data.volgnummer; retry: is not sent
    }

    private void verwerk(Instant nu) {
        if (soort == null && data.length() == 0) {
            return; // the empty line after a comment
        }
        String json = data.toString();
        if ("stand".equals(soort)) {
            if (!stand) {
                stand = true;
                allenKlaar.countDown();
                geefVrij();
            }
        } else if (status == 200) {
            Matcher volgnummer = VOLGNUMMER.matcher(json);
            Matcher op = OP.matcher(json);
            Matcher aantekening = AANTEKENING.matcher(json);
            if (volgnummer.find() && op.find()) {
                voegToe(new Ontvangst(Long.parseLong(volgnummer.group(1)), soort, aantekening.find() ? aantekening.group(1) : null,
                        Instant.parse(op.group(1)), nu));
            }
        }
        soort = null;
        data.setLength(0);
    }

    private synchronized void voegToe(Ontvangst ontvangst) {
        ontvangsten.add(ontvangst);
        aantal = ontvangsten.size();
    }

    @Override
    public void onError(Throwable t) {
        fout = t.getClass().getSimpleName();
        beeindigd = true;
        geefVrij();
    }

    @Override
    public void onComplete() {
        beeindigd = true;
        geefVrij();
    }

    /** Closes the connection (the HTTP client cancels the body, which closes it). */
    void sluit() {
        Flow.Subscription a = abonnement;
        if (a != null) {
            a.cancel();
        }
    }

    void mislukt(Throwable t) {
        if (fout == null) {
            fout = t.getClass().getSimpleName();
        }
        beeindigd = true;
        geefVrij();
    }

    private void geefVrij() {
        if (vrijgegeven.compareAndSet(false, true)) {
            vrijgeven.run();
        }
    }

    int status() {
        return status;
    }

    boolean heeftStand() {
        return stand;
    }

    boolean isBeeindigd() {
        return beeindigd;
    }

    String fout() {
        return fout;
    }

    int pings() {
        return pings;
    }

    /** How many events (other than stand) arrived so far; safe to read while the stream runs. */
    int aantal() {
        return aantal;
    }

    /** The receipts; read only when the load is over (a copy, so a late event cannot disturb the analysis). */
    synchronized List<Ontvangst> ontvangsten() {
        return List.copyOf(ontvangsten);
    }
}
