package nl.schakel.toegang.domein.beleid;

import java.util.Set;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.domein.ToegangReden;

/**
 * Who may do one action: the caller needs one of the roles, and (for an action on an existing resource)
 * a live grant with one of the reasons. An empty set of reasons means the action needs no grant (creating).
 */
public record Regel(String handeling, Set<Rol> rollen, Set<ToegangReden> redenen) {

    public Regel {
        rollen = Set.copyOf(rollen);
        redenen = Set.copyOf(redenen);
    }

    public boolean staatToe(Set<Rol> rollenVanMedewerker) {
        return rollenVanMedewerker.stream().anyMatch(rollen::contains);
    }

    public String uitleg() {
        return "Regel '" + handeling + "' vraagt een van de rollen " + rollen.stream().map(Rol::claim).sorted().toList()
                + (redenen.isEmpty() ? "" : " en een toegang als " + redenen.stream().map(Enum::name).sorted().toList()) + ".";
    }
}
