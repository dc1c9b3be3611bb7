package nl.schakel.platform;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Tokens as Keycloak would issue them, signed with a key made for this test run (nothing committed).
 * The platform trusts only this run's public key set, so a token signed with any other key is forged.
 */
public final class TestTokens {

    static final String UITGEVER = "https://test.schakel.invalid/realms/schakel";
    static final String PUBLIEK = "schakel-api";

    private static final RSAKey SLEUTEL = nieuweSleutel("schakel-test");
    private static final RSAKey VREEMDE_SLEUTEL = nieuweSleutel("schakel-test");

    private TestTokens() {}

    static String publiekeSleutelset() {
        return new JWKSet(SLEUTEL.toPublicJWK()).toString();
    }

    /** A valid token for a user of {@code organisatie} with {@code rollen}. */
    public static String voor(String gebruiker, String organisatie, String... rollen) {
        return teken(claims(gebruiker, organisatie, rollen).build(), SLEUTEL);
    }

    /** The integration client's token (organisation SCHAKEL, role integratie), acting for {@code namens} when given. */
    public static String koppeling(String gebruiker, String namens) {
        JWTClaimsSet.Builder claims = claims(gebruiker, "SCHAKEL", "integratie").claim("azp", "schakel-integratie");
        return teken((namens == null ? claims : claims.claim("namens", namens)).build(), SLEUTEL);
    }

    /** A valid token with one extra string claim. */
    public static String metClaim(String gebruiker, String organisatie, String claim, String waarde, String... rollen) {
        return teken(claims(gebruiker, organisatie, rollen).claim(claim, waarde).build(), SLEUTEL);
    }

    static String met(UnaryOperator<JWTClaimsSet.Builder> aanpassing, String... rollen) {
        return teken(aanpassing.apply(claims("vt.procesregisseur", "VTRR", rollen)).build(), SLEUTEL);
    }

    static String getekendMetVreemdeSleutel() {
        return teken(claims("vt.procesregisseur", "VTRR", "procesregisseur").build(), VREEMDE_SLEUTEL);
    }

    /**
     * An otherwise valid token signed with HS256, keyed with the public key set's own bytes (the key-confusion attack:
     * a verifier that lets the header choose the algorithm would accept it).
     */
    static String metHmac() {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256)
                    .keyID(SLEUTEL.getKeyID()).type(JOSEObjectType.JWT).build(),
                    claims("vt.procesregisseur", "VTRR", "procesregisseur").build());
            jwt.sign(new com.nimbusds.jose.crypto.MACSigner(
                    publiekeSleutelset().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The unsigned form ({@code alg: none}) of an otherwise valid token. */
    static String zonderHandtekening() {
        String payload = claims("vt.procesregisseur", "VTRR", "procesregisseur").build().toPayload().toBase64URL().toString();
        String header = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    /** A valid token with one claim changed after signing. */
    static String vervalst() {
        String[] delen = voor("vt.procesregisseur", "VTRR", "procesregisseur").split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(delen[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replace("procesregisseur\"]", "functionaris-gegevensbescherming\"]");
        return delen[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + delen[2];
    }

    static JWTClaimsSet.Builder claims(String gebruiker, String organisatie, String... rollen) {
        Instant nu = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(UITGEVER)
                .audience(PUBLIEK)
                .subject(UUID.nameUUIDFromBytes(gebruiker.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString())
                .claim("upn", gebruiker)
                .claim("preferred_username", gebruiker)
                .claim("name", "Test " + gebruiker)
                .claim("organisatie", organisatie)
                .claim("azp", "schakel-web")
                .claim("groups", List.of(rollen))
                .issueTime(Date.from(nu))
                .expirationTime(Date.from(nu.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString());
    }

    private static String teken(JWTClaimsSet claims, RSAKey sleutel) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .keyID(sleutel.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(sleutel));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey nieuweSleutel(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
