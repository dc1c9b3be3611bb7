package nl.schakel.toegang.infrastructuur;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A bearer token whose signature, issuer, audience and lifetime have been checked (by the web module's
 * {@code BearerMechanisme}): only what the rest of the platform reads from it. Immutable, because one
 * validated token serves several requests from the web module's cache.
 *
 * @param naam the caller's principal name (as MP-JWT chose it: {@code upn}, else {@code preferred_username}, else {@code sub})
 * @param claims the token's string-valued claims
 * @param groepen the token's {@code groups}, which the container maps onto roles
 * @param verloopt the token's {@code exp}
 */
public record GevalideerdToken(String naam, Map<String, String> claims, Set<String> groepen, Instant verloopt) {

    /** The request attribute under which the mechanism leaves the validated token for {@link AangemeldToken}. */
    public static final String ATTRIBUUT = GevalideerdToken.class.getName();

    public GevalideerdToken {
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(verloopt, "verloopt");
        claims = Map.copyOf(claims);
        groepen = Set.copyOf(groepen);
    }

    /** A string claim, empty when the token does not carry it. */
    public Optional<String> claim(String naam) {
        return Optional.ofNullable(claims.get(naam));
    }
}
