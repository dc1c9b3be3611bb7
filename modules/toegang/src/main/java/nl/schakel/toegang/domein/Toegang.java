package nl.schakel.toegang.domein;

import nl.schakel.toegang.infrastructuur.ToegangRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A grant: why an organisation (optionally narrowed to a team or one person) may see one resource, for
 * one purpose, for a set of data categories, within a validity window. A person is named by subject id
 * ({@code medewerkerId}: break-glass, made for the caller itself) or by username ({@code gebruikersnaam}: an
 * invitation narrowed by someone who knows the colleague's account name, see {@link Afbakening}).
 */
public record Toegang(
        UUID id,
        Bron bron,
        String organisatieCode,
        Optional<String> team,
        Optional<String> medewerkerId,
        Optional<String> gebruikersnaam,
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

    /** A new grant for the whole organisation, starting now. */
    public static Toegang verleen(Bron bron, String organisatieCode, Doel doel, Set<Gegevenscategorie> categorieen,
            ToegangReden reden, Optional<Instant> geldigTot, String verleendDoor, Instant nu) {
        return verleen(bron, organisatieCode, Afbakening.ORGANISATIE, doel, categorieen, reden, geldigTot, verleendDoor, nu);
    }

    /** A new grant for the organisation as far as {@code afbakening} reaches (a team, a person, or all of it), starting now. */
    public static Toegang verleen(Bron bron, String organisatieCode, Afbakening afbakening, Doel doel,
            Set<Gegevenscategorie> categorieen, ToegangReden reden, Optional<Instant> geldigTot, String verleendDoor, Instant nu) {
        return new Toegang(UUID.randomUUID(), bron, organisatieCode, afbakening.team(), Optional.empty(),
                afbakening.gebruikersnaam(), doel, categorieen, reden, Optional.empty(), false, nu, geldigTot, verleendDoor);
    }

    /** The team or named person this grant is narrowed to, if any (break-glass's subject id is not part of it). */
    public Afbakening afbakening() {
        return new Afbakening(team, gebruikersnaam);
    }

    /**
     * Break-glass: a short grant for one person of the caller's organisation, for the crisis purpose, flagged
     * and carrying the caller's reason; it ends by itself after {@code duur} and waits for review
     * ({@link ToegangRepository#openBeoordeling}).
     */
    public static Toegang noodtoegang(Bron bron, String organisatieCode, String medewerkerId,
            Set<Gegevenscategorie> categorieen, String reden, Duration duur, Instant nu) {
        return new Toegang(UUID.randomUUID(), bron, organisatieCode, Optional.empty(), Optional.of(medewerkerId),
                Optional.empty(), Doel.CRISIS, categorieen, ToegangReden.NOODTOEGANG, Optional.of(reden), true, nu,
                Optional.of(nu.plus(duur)), medewerkerId);
    }
}
