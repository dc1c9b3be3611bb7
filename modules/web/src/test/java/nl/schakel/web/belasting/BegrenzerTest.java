package nl.schakel.web.belasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Waiting requests run on threads of their own; the test sees them wait through {@link Begrenzer#wachtend()}. */
@Timeout(30)
class BegrenzerTest {

    private static final Duration UUR = Duration.ofHours(1);

    private final ExecutorService verzoeken = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        verzoeken.shutdownNow();
    }

    @Test
    void weigertBovenHetMaximumMeteenEnNeemtWeerAanNaEenVrijePlaats() {
        Begrenzer begrenzer = new Begrenzer(2);
        assertThat(begrenzer.neem()).isTrue();
        assertThat(begrenzer.neem()).isTrue();
        assertThat(begrenzer.bezet()).isEqualTo(2);
        // no waiting room: the third is refused at once, and refusing takes no place
        assertThat(begrenzer.neem()).isFalse();
        assertThat(begrenzer.bezet()).isEqualTo(2);
        assertThat(begrenzer.wachtend()).isZero();
        begrenzer.geefTerug();
        assertThat(begrenzer.neem()).isTrue();
        begrenzer.geefTerug();
        begrenzer.geefTerug();
        assertThat(begrenzer.bezet()).isZero();
    }

    @Test
    void eenVerzoekInDeWachtkamerKrijgtDePlaatsDieVrijkomt() throws Exception {
        Begrenzer begrenzer = new Begrenzer(1, 1, UUR);
        assertThat(begrenzer.neem()).isTrue();
        CompletableFuture<Boolean> wachtend = inDeWachtkamer(begrenzer);
        assertThat(wachtend).isNotDone();

        begrenzer.geefTerug();

        assertThat(wachtend.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(begrenzer.bezet()).isEqualTo(1);
        assertThat(begrenzer.wachtend()).isZero();
    }

    @Test
    void eenVolleWachtkamerWeigertMeteen() throws Exception {
        // were the refusal not immediate, this request would wait for an hour (the test's time-out ends it first)
        Begrenzer begrenzer = new Begrenzer(1, 1, UUR);
        assertThat(begrenzer.neem()).isTrue();
        CompletableFuture<Boolean> wachtend = inDeWachtkamer(begrenzer);

        assertThat(begrenzer.neem()).isFalse();
        assertThat(begrenzer.wachtend()).isEqualTo(1);

        begrenzer.geefTerug();
        assertThat(wachtend.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void wieZijnWachttijdUitwachtWordtGeweigerdEnLaatDeWachtkamerLeeg() {
        Begrenzer begrenzer = new Begrenzer(1, 2, Duration.ofMillis(50));
        assertThat(begrenzer.neem()).isTrue();
        long voor = System.nanoTime();
        assertThat(begrenzer.neem()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - voor)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
        assertThat(begrenzer.wachtend()).isZero();
        assertThat(begrenzer.bezet()).isEqualTo(1);
    }

    @Test
    void eenNieuwVerzoekNeemtNietDePlaatsVanWieAlWacht() throws Exception {
        // the place freed goes to the request that waited, not to one that arrives just then: the newcomer waits its
        // (short) time behind it and is refused
        Begrenzer begrenzer = new Begrenzer(1, 2, Duration.ofMillis(300));
        assertThat(begrenzer.neem()).isTrue();
        CompletableFuture<Boolean> eerste = inDeWachtkamer(begrenzer);

        begrenzer.geefTerug();
        boolean nieuwkomer = begrenzer.neem();

        assertThat(eerste.get(10, TimeUnit.SECONDS)).as("wie wachtte").isTrue();
        assertThat(nieuwkomer).as("wie net binnenkwam").isFalse();
    }

    @Test
    void instellingenBuitenHunGrenzenZijnFouten() {
        assertThatThrownBy(() -> new Begrenzer(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("schakel.belasting.gelijktijdig");
        assertThatThrownBy(() -> new Begrenzer(1, -1, UUR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("schakel.belasting.wachtrij");
        assertThatThrownBy(() -> new Begrenzer(1, 1, Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("schakel.belasting.wachttijd-ms");
    }

    /** A request on a thread of its own that finds every place taken: returns once it waits in the waiting room. */
    private CompletableFuture<Boolean> inDeWachtkamer(Begrenzer begrenzer) {
        int wachtendVoor = begrenzer.wachtend();
        CompletableFuture<Boolean> verzoek = CompletableFuture.supplyAsync(begrenzer::neem, verzoeken);
        await().atMost(Duration.ofSeconds(10)).until(() -> begrenzer.wachtend() == wachtendVoor + 1);
        return verzoek;
    }
}
