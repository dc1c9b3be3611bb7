package nl.schakel.toegang.infrastructuur;

import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Rol;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Reads a {@link Medewerker} from token claims; kept apart from the HTTP request so the mapping is unit-tested. */
public final class MedewerkerUitToken {

    private MedewerkerUitToken() {}

    /**
     * @param claim looks up a string claim by name, empty when absent
     * @param groups the token's {@code groups}
     */
    public static Medewerker lees(Function<String, Optional<String>> claim, Set<String> groups) {
        String id = claim.apply("sub").orElseThrow(() -> new IllegalStateException("token zonder sub"));
        String gebruikersnaam = claim.apply("preferred_username").or(() -> claim.apply("upn")).orElse(id);
        String naam = claim.apply("name").filter(n -> !n.isBlank()).orElse(gebruikersnaam);
        Set<Rol> rollen = EnumSet.noneOf(Rol.class);
        groups.forEach(group -> Rol.vanClaim(group).ifPresent(rollen::add));
        return new Medewerker(
                id,
                naam,
                gebruikersnaam,
                claim.apply("organisatie").filter(o -> !o.isBlank()),
                claim.apply("team").filter(t -> !t.isBlank()),
                rollen,
                claim.apply("azp").orElse("onbekend"),
                // only a system account may act for another organisation; on a person's token the claim is ignored
                rollen.contains(Rol.INTEGRATIE) ? claim.apply("namens").filter(o -> !o.isBlank()) : Optional.empty());
    }
}
