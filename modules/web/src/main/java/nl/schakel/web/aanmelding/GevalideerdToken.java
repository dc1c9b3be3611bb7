package nl.schakel.web.aanmelding;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A bearer token whose signature, issuer, audience and lifetime have been checked: only what the platform reads from
 * it. Immutable, because one validated token serves several requests from the {@link Tokencache}.
 *
 * @param naam the caller's principal name (as MP-JWT chose it: {@code upn}, else {@code preferred_username}, else {@code sub})
 * @param claims the token's string-valued claims
 * @param groepen the token's {@code groups}, which the container maps onto roles
 * @param verloopt the token's {@code exp}
 */
record GevalideerdToken(String naam, Map<String, String> claims, Set<String> groepen, Instant verloopt) {

    GevalideerdToken {
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(verloopt, "verloopt");
        claims = Map.copyOf(claims);
        groepen = Set.copyOf(groepen);
    }

    /** A string claim, empty when the token does not carry it. */
    Optional<String> claim(String naam) {
        return Optional.ofNullable(claims.get(naam));
    }
}
