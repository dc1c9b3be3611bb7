package nl.schakel.toegang.domein.logboek;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The privacy officer's questions: all access to one betrokkene, by one user, or to one resource (type, and id if
 * given), in a period. Refusals are rows like any other: they carry the resource and its betrokkenen too.
 */
public record LogboekZoekvraag(
        Optional<UUID> betrokkene, Optional<String> gebruiker, Optional<String> bronType, Optional<UUID> bronId,
        Optional<Instant> van, Optional<Instant> tot, Optional<Long> voorInvoegnummer, int grootte) {

    /** The questions as they were before resources could be asked for. */
    public LogboekZoekvraag(Optional<UUID> betrokkene, Optional<String> gebruiker, Optional<Instant> van, Optional<Instant> tot,
            Optional<Long> voorInvoegnummer, int grootte) {
        this(betrokkene, gebruiker, Optional.empty(), Optional.empty(), van, tot, voorInvoegnummer, grootte);
    }
}
