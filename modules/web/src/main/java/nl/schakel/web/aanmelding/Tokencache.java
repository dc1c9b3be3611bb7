package nl.schakel.web.aanmelding;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The tokens that passed every check, so the next request with the same token skips the signature and the claims.
 * Bounded twice: at most {@code maximum} entries (the least used go first), and each entry lives at most until
 * {@code min(exp, now + 60 s)}. Keyed by the token's SHA-256, so the cache never holds a usable token; only what
 * passed the checks goes in, so a forged token can never be "remembered" into validity.
 */
final class Tokencache {

    /** How long a validated token is believed without checking it again. */
    static final Duration LEVENSDUUR = Duration.ofSeconds(60);

    private final Cache<String, GevalideerdToken> tokens;
    private final Clock klok;

    /**
     * @param ticker the cache's own time (nanoseconds), for tests a fake one
     * @param klok the wall clock the token's {@code exp} is compared with; moves with {@code ticker}
     */
    Tokencache(int maximum, Ticker ticker, Clock klok) {
        this.klok = klok;
        this.tokens = Caffeine.newBuilder()
                .maximumSize(maximum)
                .expireAfter(new TotVerloopOfLevensduur())
                .ticker(ticker)
                // eviction and expiry run on the calling thread: no tasks on the common pool of an application server
                .executor(Runnable::run)
                .build();
    }

    Optional<GevalideerdToken> vind(String sleutel) {
        return Optional.ofNullable(tokens.getIfPresent(sleutel));
    }

    void bewaar(String sleutel, GevalideerdToken token) {
        tokens.put(sleutel, token);
    }

    /** The number of entries after pending evictions and expiries have been carried out. */
    long grootte() {
        tokens.cleanUp();
        return tokens.estimatedSize();
    }

    /** The cache key: the token's SHA-256 (base64), never the token itself. */
    static String sleutel(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 hoort in elke JVM te zitten", e);
        }
    }

    private final class TotVerloopOfLevensduur implements Expiry<String, GevalideerdToken> {

        @Override
        public long expireAfterCreate(String sleutel, GevalideerdToken token, long nu) {
            Instant nuKlok = klok.instant();
            Instant grens = nuKlok.plus(LEVENSDUUR);
            Instant einde = token.verloopt().isBefore(grens) ? token.verloopt() : grens;
            return Math.max(0L, Duration.between(nuKlok, einde).toNanos());
        }

        @Override
        public long expireAfterUpdate(String sleutel, GevalideerdToken token, long nu, long resterend) {
            // the same token validated again (two requests at once): it may not live longer than the first entry
            return Math.min(resterend, expireAfterCreate(sleutel, token, nu));
        }

        @Override
        public long expireAfterRead(String sleutel, GevalideerdToken token, long nu, long resterend) {
            return resterend;
        }
    }
}
