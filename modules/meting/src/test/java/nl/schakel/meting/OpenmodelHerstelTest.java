package nl.schakel.meting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.Test;

/**
 * "Back to normal" read two ways from the seconds of the recovery: strictly (no 503 in any later second) and as the
 * design phase was (no more 503s in a second than 95 % of the design phase's seconds had).
 */
class OpenmodelHerstelTest {

    private static final long MS = 1_000_000L;

    @Test
    void hetOntwerptempoZegtHoeveel503EenGewoneSecondeHeeft() {
        Openmodel.Uitslag ontwerp = new Openmodel.Uitslag("ontwerptempo", 10, 20);
        weiger(ontwerp, 3, 5);
        weiger(ontwerp, 9, 30); // one bad second in twenty is not what a second usually has

        assertThat(ontwerp.afgewezenInPercentielVanDeSeconden(95)).isEqualTo(5);
        assertThat(ontwerp.afgewezenInPercentielVanDeSeconden(100)).isEqualTo(30);
    }

    @Test
    void hetHerstelIsStriktPasNaDeLaatste503EnAlsHetOntwerptempoNaDeLaatsteOngewoneSeconde() {
        Openmodel.Uitslag herstel = new Openmodel.Uitslag("herstel", 10, 5);
        for (int s = 0; s < 5; s++) {
            herstel.noteer("lezen", s * 1000 * MS, 5 * MS, antwoord(200), null);
        }
        weiger(herstel, 0, 40);
        weiger(herstel, 1, 3);
        weiger(herstel, 3, 2);

        Openmodel.Uitslag.Herstel terug = herstel.herstel(500, 5);

        assertThat(terug.zonder503()).contains(4);
        assertThat(terug.alsOntwerptempo()).contains(1);
    }

    @Test
    void eenTrageSecondeIsNietNormaalOokZonder503() {
        Openmodel.Uitslag herstel = new Openmodel.Uitslag("herstel", 10, 3);
        herstel.noteer("lezen", 0, 5 * MS, antwoord(200), null);
        herstel.noteer("lezen", 1000 * MS, 800 * MS, antwoord(200), null);
        herstel.noteer("lezen", 2000 * MS, 5 * MS, antwoord(200), null);

        Openmodel.Uitslag.Herstel terug = herstel.herstel(500, 5);

        assertThat(terug.zonder503()).contains(2);
        assertThat(terug.alsOntwerptempo()).contains(2);
    }

    private static void weiger(Openmodel.Uitslag uitslag, int seconde, int aantal) {
        for (int i = 0; i < aantal; i++) {
            uitslag.noteer("lezen", seconde * 1000 * MS + i, 2 * MS, antwoord(503), null);
        }
    }

    /** An answer with only a status and, for a 503, a Retry-After: all the phase's count reads of it. */
    private static HttpResponse<String> antwoord(int status) {
        HttpHeaders kop = HttpHeaders.of(status == 503 ? Map.of("Retry-After", List.of("1")) : Map.of(), (a, b) -> true);
        return new HttpResponse<>() {
            @Override public int statusCode() { return status; }
            @Override public HttpHeaders headers() { return kop; }
            @Override public HttpRequest request() { return null; }
            @Override public Optional<HttpResponse<String>> previousResponse() { return Optional.empty(); }
            @Override public String body() { return ""; }
            @Override public Optional<SSLSession> sslSession() { return Optional.empty(); }
            @Override public URI uri() { return URI.create("http://localhost/"); }
            @Override public HttpClient.Version version() { return HttpClient.Version.HTTP_1_1; }
        };
    }
}
