package nl.schakel.toegang.domein;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.schakel.gedeeld.fout.Validatie;

/**
 * Whom of an organisation a grant is for: the whole organisation, one team of it (the token's {@code team} claim, as
 * the realm gives it) or one named person (the token's {@code preferred_username}). A grant narrowed to a team or a
 * person does not exist for a colleague outside it: the gate and the list filters find no grant, so the answer is the
 * same 404 as for a missing id. Break-glass is narrowed differently (to the subject id, {@link Toegang#noodtoegang}),
 * because it is made for the caller itself, not by someone who knows only a name.
 *
 * <p>A person is named by username, not by the token's subject id: the one who grants (the ZVH procesregisseur)
 * knows a colleague's account name from the partner, never the identity provider's internal id.
 */
public record Afbakening(Optional<String> team, Optional<String> gebruikersnaam) {

    /** An invalid narrowing of a grant: both a team and a person, or a malformed name. */
    public static final String ONGELDIGE_AFBAKENING = "TGN-008";

    /** Team names as the realm's user attribute holds them: letters, digits, spaces and a few signs. */
    private static final Pattern TEAM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .'()&/-]{0,63}");
    /** Keycloak usernames: lower case (Keycloak lowers them), digits and . _ - @. */
    private static final Pattern GEBRUIKERSNAAM = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");

    public static final Afbakening ORGANISATIE = new Afbakening(Optional.empty(), Optional.empty());

    public Afbakening {
        if (team.isPresent() && gebruikersnaam.isPresent()) {
            throw new IllegalArgumentException("een toegang is voor een team of voor een persoon, niet voor beide");
        }
    }

    public static Afbakening team(String team) {
        return new Afbakening(Optional.of(team), Optional.empty());
    }

    public static Afbakening gebruikersnaam(String gebruikersnaam) {
        return new Afbakening(Optional.empty(), Optional.of(gebruikersnaam.toLowerCase(Locale.ROOT)));
    }

    /**
     * The narrowing a client asked for, checked: neither (the whole organisation), a team or a username, never both;
     * every broken rule named under {@code veld} (e.g. {@code alleenVoor.team}), 400 {@value #ONGELDIGE_AFBAKENING}.
     * Blank counts as absent.
     */
    public static Afbakening uit(String veld, String team, String gebruikersnaam) {
        String t = leegIsNull(team);
        String g = leegIsNull(gebruikersnaam);
        g = g == null ? null : g.toLowerCase(Locale.ROOT);
        new Validatie()
                .regel(t == null || g == null, veld, "Een team of een persoon (gebruikersnaam), niet beide.")
                .patroon(veld + ".team", t, TEAM, "Een teamnaam van ten hoogste 64 tekens, zoals het team in het account staat.")
                .patroon(veld + ".gebruikersnaam", g, GEBRUIKERSNAAM,
                        "Een gebruikersnaam van ten hoogste 100 tekens (letters, cijfers, . _ - @).")
                .controleer(ONGELDIGE_AFBAKENING);
        return new Afbakening(Optional.ofNullable(t), Optional.ofNullable(g));
    }

    public boolean isHeleOrganisatie() {
        return team.isEmpty() && gebruikersnaam.isEmpty();
    }

    /** Whether a caller of the grant's organisation falls within it (the same rule as {@code ToegangRepository.LEVEND}). */
    public boolean omvat(Medewerker medewerker) {
        return team.map(t -> medewerker.team().filter(t::equals).isPresent()).orElse(true)
                && gebruikersnaam.map(g -> g.equals(gebruikersnaamVan(medewerker))).orElse(true);
    }

    /** The caller's username as grants compare it: lower case, as Keycloak keeps it. */
    public static String gebruikersnaamVan(Medewerker medewerker) {
        return medewerker.gebruikersnaam() == null ? "" : medewerker.gebruikersnaam().toLowerCase(Locale.ROOT);
    }

    private static String leegIsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
