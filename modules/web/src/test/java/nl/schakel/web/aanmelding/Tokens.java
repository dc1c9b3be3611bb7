package nl.schakel.web.aanmelding;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Tokens as Keycloak issues them, for the unit tests of the bearer check. */
final class Tokens {

    static final String UITGEVER = "https://test.schakel.invalid/realms/schakel";
    static final String PUBLIEK = "schakel-api";

    private Tokens() {}

    static RSAKey sleutel(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static JWTClaimsSet.Builder claims(Instant nu, String gebruiker, String... rollen) {
        return new JWTClaimsSet.Builder()
                .issuer(UITGEVER)
                .audience(PUBLIEK)
                .subject(UUID.nameUUIDFromBytes(gebruiker.getBytes(StandardCharsets.UTF_8)).toString())
                .claim("preferred_username", gebruiker)
                .claim("organisatie", "WT-RDAM-FEIJ")
                .claim("groups", List.of(rollen))
                .issueTime(Date.from(nu))
                .expirationTime(Date.from(nu.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString());
    }

    static String teken(JWTClaimsSet claims, RSAKey sleutel) {
        return teken(claims, sleutel, sleutel.getKeyID());
    }

    /** Signed with {@code sleutel} but naming {@code kid} in the header. */
    static String teken(JWTClaimsSet claims, RSAKey sleutel, String kid) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .keyID(kid).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(sleutel));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HS256 with a secret an attacker chose: with the public key's bytes, the classic key-confusion attack. */
    static String hmac(JWTClaimsSet claims, RSAKey sleutel) {
        try {
            byte[] geheim = sleutel.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256)
                    .keyID(sleutel.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new MACSigner(geheim));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String zonderHandtekening(JWTClaimsSet claims) {
        String kop = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return kop + "." + claims.toPayload().toBase64URL() + ".";
    }
}
