package nl.schakel.web.aanmelding;

import com.github.benmanes.caffeine.cache.Ticker;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jose.util.Resource;
import java.io.IOException;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Checks a bearer token the way the API requires, with the work per request kept small: the key set is
 * fetched from Keycloak and kept, a validated token is remembered for a short while ({@link Tokencache}).
 * <ul>
 * <li>signature: only the asymmetric algorithms Keycloak signs with ({@link #ALGORITMEN}); {@code alg: none}
 *     and HMAC never, whatever the token's header says;</li>
 * <li>key: from Keycloak's JWKS by {@code kid}; an unknown {@code kid} (key rotation) refetches the set, at most
 *     twice per {@link #HERHAAL_HOOGSTENS} interval, so forged kids cannot hammer Keycloak;</li>
 * <li>claims: {@code iss} exactly, at least one {@code aud} of ours, {@code exp} and {@code nbf} with
 *     {@link #KLOKSPELING} of clock skew; {@code sub} and {@code exp} must be there.</li>
 * </ul>
 */
final class Tokencontrole {

    static final Set<JWSAlgorithm> ALGORITMEN = Set.of(
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
            JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);
    static final Duration KLOKSPELING = Duration.ofSeconds(30);
    /** The key set is fetched again after this, so a key Keycloak dropped is no longer trusted. */
    static final Duration SLEUTELSET_LEVENSDUUR = Duration.ofMinutes(5);
    /** The rate limit on fetching the key set: at most two fetches in this interval. */
    static final Duration HERHAAL_HOOGSTENS = Duration.ofSeconds(30);
    static final int CACHE_MAXIMUM = 10_000;
    /** Larger than any token Keycloak issues; anything longer is refused before it is parsed. */
    private static final int MAXIMALE_LENGTE = 16 * 1024;

    private final DefaultJWTProcessor<SecurityContext> verwerker;
    private final Tokencache cache;
    /** How often the key set was fetched from Keycloak; shown in {@code /health/ready} (rotation, rate limit). */
    private LongSupplier opgehaald = () -> 0;

    Tokencontrole(JWKSource<SecurityContext> sleutels, String uitgever, Set<String> publiek,
            int cacheMaximum, Ticker ticker, Clock klok) {
        if (uitgever == null || uitgever.isBlank() || publiek.isEmpty()) {
            throw new IllegalArgumentException("uitgever en publiek zijn verplicht");
        }
        this.cache = new Tokencache(cacheMaximum, ticker, klok);
        this.verwerker = new DefaultJWTProcessor<>();
        // the allow-list decides, never the token's header: HS256 and none find no key here
        verwerker.setJWSKeySelector(new JWSVerificationKeySelector<>(new HashSet<>(ALGORITMEN), sleutels));
        // plain HashSets: Payara's own Nimbus (modules/nimbus-jose-jwt.jar, 10.4) wins over WEB-INF/lib and asks
        // these sets contains(null), which Set.of answers with a NullPointerException
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                new HashSet<>(publiek),
                new JWTClaimsSet.Builder().issuer(uitgever).build(),
                new HashSet<>(List.of("sub", "exp")),
                new HashSet<>()) {
            @Override
            protected Date currentTime() {
                return Date.from(klok.instant());
            }
        };
        claims.setMaxClockSkew((int) KLOKSPELING.toSeconds());
        verwerker.setJWTClaimsSetVerifier(claims);
    }

    /** For the platform: Keycloak's key set at {@code jwks} (http(s) or, for tests, file), cached and rate limited. */
    static Tokencontrole voor(URL jwks, String uitgever, Set<String> publiek) {
        TellendeOphaler ophaler = new TellendeOphaler();
        JWKSource<SecurityContext> sleutels = JWKSourceBuilder.<SecurityContext>create(jwks, ophaler)
                .cache(SLEUTELSET_LEVENSDUUR.toMillis(), Duration.ofSeconds(15).toMillis())
                .rateLimited(HERHAAL_HOOGSTENS.toMillis())
                .retrying(false)
                .build();
        Tokencontrole controle = new Tokencontrole(sleutels, uitgever, publiek, CACHE_MAXIMUM, Ticker.systemTicker(), Clock.systemUTC());
        controle.opgehaald = ophaler.aantal::get;
        return controle;
    }

    /** The number of times the key set was fetched (each fetch, also one that failed). */
    long sleutelsetOpgehaald() {
        return opgehaald.getAsLong();
    }

    /** Fetches the key set and counts each fetch. */
    private static final class TellendeOphaler extends DefaultResourceRetriever {
        private final AtomicLong aantal = new AtomicLong();

        TellendeOphaler() {
            // Keycloak on a busy machine may need more than the library's 500 ms
            super(2_000, 2_000, 256 * 1024);
        }

        @Override
        public Resource retrieveResource(URL url) throws IOException {
            aantal.incrementAndGet();
            return super.retrieveResource(url);
        }
    }

    /** The validated token, or empty when it fails any check (the reason is not told to the caller). */
    Optional<GevalideerdToken> controleer(String token) {
        if (token == null || token.isEmpty() || token.length() > MAXIMALE_LENGTE) {
            return Optional.empty();
        }
        String sleutel = Tokencache.sleutel(token);
        Optional<GevalideerdToken> bekend = cache.vind(sleutel);
        if (bekend.isPresent()) {
            return bekend;
        }
        try {
            GevalideerdToken gevalideerd = lees(verwerker.process(token, null));
            cache.bewaar(sleutel, gevalideerd);
            return Optional.of(gevalideerd);
        } catch (ParseException | BadJOSEException | JOSEException ongeldig) {
            // includes an unreachable Keycloak and a refetch refused by the rate limit: no token is believed unchecked
            return Optional.empty();
        }
    }

    Tokencache cache() {
        return cache;
    }

    private static GevalideerdToken lees(JWTClaimsSet claims) throws ParseException {
        Map<String, String> tekst = new HashMap<>();
        claims.getClaims().forEach((naam, waarde) -> {
            if (waarde instanceof String s) {
                tekst.put(naam, s);
            }
        });
        List<String> groups = claims.getStringListClaim("groups");
        Set<String> groepen = new HashSet<>(groups == null ? List.of() : groups);
        groepen.remove(null);
        // the principal's name as MP-JWT chose it, so the logboek and the container see the same name as before
        String naam = Optional.ofNullable(tekst.get("upn"))
                .or(() -> Optional.ofNullable(tekst.get("preferred_username")))
                .orElse(claims.getSubject());
        return new GevalideerdToken(naam, tekst, groepen, claims.getExpirationTime().toInstant());
    }
}
