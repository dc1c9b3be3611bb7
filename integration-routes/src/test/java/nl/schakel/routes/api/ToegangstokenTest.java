package nl.schakel.routes.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import nl.schakel.routes.testsupport.NepPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Het client-credentials-token tegen een echte HTTP-tokenuitgever; de tijd loopt via een eigen klok. */
class ToegangstokenTest {

    private final NepPlatform platform = new NepPlatform();
    private final VerzetbareKlok klok = new VerzetbareKlok();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void hetTokenWordtBewaardTotKortVoorHetVerlopen() {
        platform.tokenGeldigSeconden(300);
        Toegangstoken token = token(NepPlatform.CLIENT_SECRET);

        assertThat(token.geef()).isEqualTo("token-1");
        klok.verzet(Duration.ofSeconds(269));
        assertThat(token.geef()).isEqualTo("token-1");
        klok.verzet(Duration.ofSeconds(1)); // 300 s geldig, 30 s marge
        assertThat(token.geef()).isEqualTo("token-2");
        assertThat(platform.tokenVerzoeken()).hasSize(2);
        assertThat(platform.tokenVerzoeken().get(0).body())
                .contains("grant_type=client_credentials", "client_id=schakel-integratie");
    }

    @Test
    void eenGeweigerdTokenWordtVergetenEnVervangen() {
        Toegangstoken token = token(NepPlatform.CLIENT_SECRET);
        String eerste = token.geef();

        token.vergeet(eerste);

        assertThat(token.geef()).isEqualTo("token-2");
    }

    @Test
    void eenVerkeerdGeheimIsGeenTijdelijkeFout() {
        assertThatThrownBy(() -> token("fout").geef()).isInstanceOf(ApiToegangGeweigerdException.class);
    }

    @Test
    void eenOnbereikbareTokenuitgeverIsTijdelijk() {
        Toegangstoken token = token(NepPlatform.CLIENT_SECRET);
        platform.close();

        assertThatThrownBy(token::geef).isInstanceOf(ApiNietBeschikbaarException.class);
    }

    private Toegangstoken token(String geheim) {
        return new Toegangstoken(http, platform.tokenUrl(), NepPlatform.CLIENT_ID, geheim, Duration.ofSeconds(30),
                Duration.ofSeconds(5), klok);
    }

    private static final class VerzetbareKlok extends Clock {
        private Instant nu = Instant.parse("2026-11-25T09:00:00Z");

        void verzet(Duration duur) {
            nu = nu.plus(duur);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return nu;
        }
    }
}
