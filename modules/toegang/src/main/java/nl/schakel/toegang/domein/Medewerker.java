package nl.schakel.toegang.domein;

import java.util.Optional;
import java.util.Set;

/**
 * Who asks: the caller as the access token tells it. Built per request, never cached across requests,
 * so a changed role or organisation counts from the next token on.
 *
 * @param id stable subject id from Keycloak ({@code sub})
 * @param naam display name ({@code name}), or the username when the token carries none
 * @param gebruikersnaam {@code preferred_username} (or {@code upn})
 * @param organisatieCode the organisation the caller works for ({@code organisatie} claim), if any
 * @param team optional team within that organisation ({@code team} claim)
 * @param rollen the platform roles among the token's {@code groups}; unknown groups are ignored
 * @param clientId the OAuth client the request came through ({@code azp})
 * @param namens the organisation a system account acts for ({@code namens} claim, read only for the
 *        {@link Rol#INTEGRATIE} role): Veilig Thuis's registration system creates concepts as Veilig Thuis,
 *        while the logboek still names the account itself (NEN 7513 "namens")
 */
public record Medewerker(
        String id,
        String naam,
        String gebruikersnaam,
        Optional<String> organisatieCode,
        Optional<String> team,
        Set<Rol> rollen,
        String clientId,
        Optional<String> namens) {

    public Medewerker {
        rollen = Set.copyOf(rollen);
        namens = namens == null ? Optional.empty() : namens;
    }

    /** A person (or a system account acting for nobody else). */
    public Medewerker(String id, String naam, String gebruikersnaam, Optional<String> organisatieCode,
            Optional<String> team, Set<Rol> rollen, String clientId) {
        this(id, naam, gebruikersnaam, organisatieCode, team, rollen, clientId, Optional.empty());
    }

    /** The organisation whose work this is: the one acted for, else the caller's own. */
    public Optional<String> handeltVoor() {
        return namens.or(() -> organisatieCode);
    }

    public boolean heeftRol(Rol rol) {
        return rollen.contains(rol);
    }
}
