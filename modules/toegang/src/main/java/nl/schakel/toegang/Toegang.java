package nl.schakel.toegang;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A grant: why an organisation (optionally narrowed to a team or one person) may see one resource, for
 * one purpose, for a set of data categories, within a validity window.
 */
public record Toegang(
        UUID id,
        Bron bron,
        String organisatieCode,
        Optional<String> team,
        Optional<String> medewerkerId,
        Doel doel,
        Set<Gegevenscategorie> categorieen,
        ToegangReden reden,
        Optional<String> toelichting,
        boolean noodtoegang,
        Instant geldigVan,
        Optional<Instant> geldigTot,
        String verleendDoor) {

    public Toegang {
        categorieen = Set.copyOf(categorieen);
    }

    /** A new grant starting now. */
    public static Toegang verleen(Bron bron, String organisatieCode, Doel doel, Set<Gegevenscategorie> categorieen,
            ToegangReden reden, Optional<Instant> geldigTot, String verleendDoor, Instant nu) {
        return new Toegang(UUID.randomUUID(), bron, organisatieCode, Optional.empty(), Optional.empty(), doel,
                categorieen, reden, Optional.empty(), false, nu, geldigTot, verleendDoor);
    }
}
