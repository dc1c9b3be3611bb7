package nl.schakel.toegang.domein.logboek;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The privacy officer's questions: all access to one betrokkene, or by one user, in a period. */
public record LogboekZoekvraag(
        Optional<UUID> betrokkene, Optional<String> gebruiker, Optional<Instant> van, Optional<Instant> tot,
        Optional<Long> voorVolgnummer, int grootte) {}
