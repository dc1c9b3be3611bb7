package nl.schakel.web.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Every check of the bearer token, without a server; the same cases run against Payara in TokenIT. */
class TokencontroleTest {

    private static final RSAKey SLEUTEL = Tokens.sleutel("realm-sleutel");
    private static final RSAKey VREEMDE_SLEUTEL = Tokens.sleutel("realm-sleutel");

    private final NepTijd tijd = new NepTijd();
    private final Tokencontrole controle = new Tokencontrole(new ImmutableJWKSet<>(new JWKSet(SLEUTEL.toPublicJWK())),
            Tokens.UITGEVER, Set.of(Tokens.PUBLIEK), 100, tijd, tijd);

    private String token(UnaryOperator<JWTClaimsSet.Builder> aanpassing) {
        return Tokens.teken(aanpassing.apply(Tokens.claims(tijd.instant(), "wt.feijenoord", "wijkteammedewerker")).build(), SLEUTEL);
    }

    @Test
    void eenGeldigTokenGeeftZijnClaimsEnGroepen() {
        Optional<GevalideerdToken> token = controle.controleer(token(c -> c.claim("upn", "wt.upn")));

        assertThat(token).hasValueSatisfying(t -> {
            assertThat(t.naam()).isEqualTo("wt.upn");
            assertThat(t.claim("preferred_username")).contains("wt.feijenoord");
            assertThat(t.claim("organisatie")).contains("WT-RDAM-FEIJ");
            assertThat(t.groepen()).containsExactly("wijkteammedewerker");
            assertThat(t.verloopt()).isEqualTo(tijd.instant().plus(Duration.ofMinutes(5)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        });
    }

    @Test
    void zonderUpnIsDeNaamDeGebruikersnaam() {
        assertThat(controle.controleer(token(c -> c))).hasValueSatisfying(t -> assertThat(t.naam()).isEqualTo("wt.feijenoord"));
    }

    @Test
    void eenVerlopenTokenWordtGeweigerd() {
        // beyond the clock skew of 30 s
        assertThat(controle.controleer(token(c -> c.expirationTime(Date.from(tijd.instant().minusSeconds(31)))))).isEmpty();
        // within it: accepted, as a clock a few seconds off must not lock people out
        assertThat(controle.controleer(token(c -> c.expirationTime(Date.from(tijd.instant().minusSeconds(5)))))).isPresent();
    }

    @Test
    void eenTokenDatNogNietGeldtWordtGeweigerd() {
        assertThat(controle.controleer(token(c -> c.notBeforeTime(Date.from(tijd.instant().plusSeconds(600)))))).isEmpty();
        assertThat(controle.controleer(token(c -> c.notBeforeTime(Date.from(tijd.instant().plusSeconds(5)))))).isPresent();
    }

    @Test
    void eenAndereUitgeverOfEenAnderPubliekWordtGeweigerd() {
        assertThat(controle.controleer(token(c -> c.issuer("https://andere.idp.invalid/realms/schakel")))).isEmpty();
        assertThat(controle.controleer(token(c -> c.audience("een-andere-api")))).isEmpty();
        assertThat(controle.controleer(token(c -> c.subject(null)))).isEmpty();
    }

    @Test
    void hmacNoneEnEenAndereSleutelWordenGeweigerd() {
        JWTClaimsSet claims = Tokens.claims(tijd.instant(), "wt.feijenoord", "wijkteammedewerker").build();

        assertThat(controle.controleer(Tokens.hmac(claims, SLEUTEL))).isEmpty();
        assertThat(controle.controleer(Tokens.zonderHandtekening(claims))).isEmpty();
        assertThat(controle.controleer(Tokens.teken(claims, VREEMDE_SLEUTEL))).isEmpty();
        assertThat(controle.controleer("geen-jwt")).isEmpty();
        assertThat(controle.controleer("")).isEmpty();
    }

    @Test
    void eenVervalstTokenWordtGeweigerdOokAlsHetOrigineelInDeCacheStaat() {
        String echt = token(c -> c);
        assertThat(controle.controleer(echt)).isPresent();
        String[] delen = echt.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(delen[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replace("wijkteammedewerker\"]", "functionaris-gegevensbescherming\"]");
        String vervalst = delen[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + delen[2];

        assertThat(controle.controleer(vervalst)).isEmpty();
    }

    @Test
    void eenGevalideerdTokenKomtUitDeCacheTotZestigSeconden() {
        String echt = token(c -> c);
        GevalideerdToken eerste = controle.controleer(echt).orElseThrow();

        tijd.verder(Duration.ofSeconds(59));
        assertThat(controle.controleer(echt)).containsSame(eerste);
        tijd.verder(Duration.ofSeconds(2));
        assertThat(controle.controleer(echt)).hasValueSatisfying(t -> assertThat(t).isNotSameAs(eerste).isEqualTo(eerste));
    }

    @Test
    void eenVloedVanGeldigeTokensHoudtDeCacheBegrensd() {
        for (int i = 0; i < 2_000; i++) {
            assertThat(controle.controleer(token(c -> c))).isPresent();
        }

        assertThat(controle.cache().grootte()).isLessThanOrEqualTo(100);
    }

    @Test
    void afgewezenTokensKomenNietInDeCache() {
        for (int i = 0; i < 1_000; i++) {
            int n = i;
            assertThat(controle.controleer(Tokens.teken(
                    Tokens.claims(tijd.instant(), "wt." + n, "procesregisseur").build(), VREEMDE_SLEUTEL))).isEmpty();
        }

        assertThat(controle.cache().grootte()).isZero();
    }
}
