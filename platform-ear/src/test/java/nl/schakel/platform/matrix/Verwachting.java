package nl.schakel.platform.matrix;

import java.util.Set;
import nl.schakel.platform.matrix.Matrixdeclaratie.Relatie;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.domein.beleid.Regel;

/**
 * What the policy says one cell must answer, derived from the rule alone (docs/toegangsbeleid.md, "How a request is
 * decided"): no live grant, the resource does not exist; a grant the rule does not cover, 403 naming the rule;
 * otherwise the request goes through. The platform run and the in-process run check against the same expectation.
 *
 * @param status the HTTP status the platform answers
 * @param zichtbaar for a list: whether the relation's resource is in it
 */
record Verwachting(Uitkomst uitkomst, int status, boolean zichtbaar) {

    enum Uitkomst { NIET_GEVONDEN, VERBODEN, TOEGESTAAN }

    /** An action on one resource; {@code toegestaan} is the request's status once through the gate. */
    static Verwachting voor(Regel regel, Relatie relatie, Rol rol, int toegestaan) {
        if (relatie.redenen().isEmpty()) {
            return new Verwachting(Uitkomst.NIET_GEVONDEN, 404, false);
        }
        if (!regel.staatToe(Set.of(rol)) || relatie.redenen().stream().noneMatch(regel.redenen()::contains)) {
            return new Verwachting(Uitkomst.VERBODEN, 403, false);
        }
        return new Verwachting(Uitkomst.TOEGESTAAN, toegestaan, true);
    }

    /** A list: the role decides whether it may search at all; the grants decide what the list holds (in SQL). */
    static Verwachting voorZoeken(Regel regel, Relatie relatie, Rol rol) {
        if (!regel.staatToe(Set.of(rol))) {
            return new Verwachting(Uitkomst.VERBODEN, 403, false);
        }
        return new Verwachting(Uitkomst.TOEGESTAAN, 200, relatie.redenen().stream().anyMatch(regel.redenen()::contains));
    }
}
