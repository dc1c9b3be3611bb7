package nl.schakel.partners.toepassing;

import java.util.Optional;

/** Filters of the organisation search; each is optional. {@code naCode} is the decoded page cursor. */
public record OrganisatieZoekvraag(
        Optional<String> code, Optional<String> type, Optional<String> gemeente, Optional<String> naCode, int grootte) {}
