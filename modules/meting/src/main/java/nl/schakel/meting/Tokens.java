package nl.schakel.meting;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Tokens as Keycloak would issue them (the claims of the platform ITs' TestTokens), signed with a key made for
 * this run only; the platform is pointed at its public key set. Valid long enough for a whole run.
 */
final class Tokens {

    static final String UITGEVER = "https://meting.schakel.invalid/realms/schakel";
    static final String PUBLIEK = "schakel-api";

    private final RSAKey sleutel;
    private final Duration geldigheid;

    Tokens(Duration geldigheid) {
        try {
            this.sleutel = new RSAKeyGenerator(2048).keyID("schakel-meting").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        this.geldigheid = geldigheid;
    }

    String publiekeSleutelset() {
        return new JWKSet(sleutel.toPublicJWK()).toString();
    }

    String voor(String gebruiker, String organisatie, String... rollen) {
        Instant nu = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(UITGEVER)
                .audience(PUBLIEK)
                .subject(UUID.nameUUIDFromBytes(gebruiker.getBytes(StandardCharsets.UTF_8)).toString())
                .claim("upn", gebruiker)
                .claim("preferred_username", gebruiker)
                .claim("name", "Meting " + gebruiker)
                .claim("organisatie", organisatie)
                .claim("azp", "schakel-web")
                .claim("groups", List.of(rollen))
                .issueTime(Date.from(nu))
                .expirationTime(Date.from(nu.plus(geldigheid)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .keyID(sleutel.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(sleutel));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
