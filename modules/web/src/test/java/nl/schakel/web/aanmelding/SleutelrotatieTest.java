package nl.schakel.web.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The key set as Keycloak serves it, over real HTTP: a rotated key is picked up with one refetch, and a flood of
 * tokens naming unknown keys does not turn into a flood of requests to Keycloak.
 */
class SleutelrotatieTest {

    private static final RSAKey OUDE_SLEUTEL = Tokens.sleutel("sleutel-1");
    private static final RSAKey NIEUWE_SLEUTEL = Tokens.sleutel("sleutel-2");

    private final AtomicReference<JWKSet> gepubliceerd = new AtomicReference<>(new JWKSet(OUDE_SLEUTEL.toPublicJWK()));
    private final AtomicInteger opgehaald = new AtomicInteger();
    private HttpServer keycloak;
    private Tokencontrole controle;

    @BeforeEach
    void startKeycloak() throws IOException {
        keycloak = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        keycloak.createContext("/realms/schakel/protocol/openid-connect/certs", uitwisseling -> {
            opgehaald.incrementAndGet();
            byte[] body = gepubliceerd.get().toString().getBytes(StandardCharsets.UTF_8);
            uitwisseling.getResponseHeaders().set("Content-Type", "application/json");
            uitwisseling.sendResponseHeaders(200, body.length);
            try (OutputStream uit = uitwisseling.getResponseBody()) {
                uit.write(body);
            }
        });
        keycloak.start();
        URI jwks = URI.create("http://" + keycloak.getAddress().getHostString() + ":" + keycloak.getAddress().getPort()
                + "/realms/schakel/protocol/openid-connect/certs");
        controle = Tokencontrole.voor(jwks.toURL(), Tokens.UITGEVER, Set.of(Tokens.PUBLIEK));
    }

    @AfterEach
    void stopKeycloak() {
        keycloak.stop(0);
    }

    private static String token(RSAKey sleutel) {
        return Tokens.teken(Tokens.claims(Instant.now(), "vt.procesregisseur", "procesregisseur").build(), sleutel);
    }

    @Test
    void eenNieuweSleutelWerktNaHoogstensEenKeerOpnieuwOphalen() {
        assertThat(controle.controleer(token(OUDE_SLEUTEL))).isPresent();
        assertThat(controle.controleer(token(OUDE_SLEUTEL))).isPresent();
        assertThat(opgehaald).hasValue(1);

        // Keycloak rotates: the new key signs, the old one is gone
        gepubliceerd.set(new JWKSet(NIEUWE_SLEUTEL.toPublicJWK()));

        assertThat(controle.controleer(token(NIEUWE_SLEUTEL))).isPresent();
        assertThat(opgehaald).hasValue(2);
        assertThat(controle.controleer(token(NIEUWE_SLEUTEL))).isPresent();
        assertThat(opgehaald).hasValue(2);
        // the refetched set no longer holds the old key: its new tokens are refused
        assertThat(controle.controleer(token(OUDE_SLEUTEL))).isEmpty();
        // the count /health/ready shows is the count Keycloak saw
        assertThat(controle.sleutelsetOpgehaald()).isEqualTo(opgehaald.get());
    }

    @Test
    void duizendOnbekendeKidsHalenDeSleutelsetNietDuizendKeerOp() {
        assertThat(controle.controleer(token(OUDE_SLEUTEL))).isPresent();
        int voor = opgehaald.get();

        for (int i = 0; i < 1_000; i++) {
            String vervalst = Tokens.teken(Tokens.claims(Instant.now(), "vt.procesregisseur", "procesregisseur").build(),
                    OUDE_SLEUTEL, UUID.randomUUID().toString());
            assertThat(controle.controleer(vervalst)).isEmpty();
        }

        // the rate limit allows two fetches per 30 s; one was the first, so at most one more (this test takes seconds)
        assertThat(opgehaald.get() - voor).isLessThanOrEqualTo(1);
        assertThat(controle.sleutelsetOpgehaald()).isEqualTo(opgehaald.get());
        // and a real token still passes: the set in the cache is intact
        assertThat(controle.controleer(token(OUDE_SLEUTEL))).isPresent();
    }
}
