package nl.schakel.platform.matrix;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.schakel.platform.matrix.Matrixdeclaratie.Recht;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.domein.beleid.Regel;

/**
 * What the policy says one cell must answer, derived from the rule alone (docs/toegangsbeleid.md, "How a request is
 * decided"): no live grant on the resource or a parent, the resource does not exist; no grant the rule covers, 403
 * naming the rule; otherwise the request goes through, and the answer may hold the categories of the grants the rule
 * covers. A flow's own rule after the gate ({@link Matrixdeclaratie#naDePoort}) may then refuse it
 * ({@link Uitkomst#NA_DE_POORT_GEWEIGERD}, logged) or answer another status. The platform run and the in-process run
 * check against the same expectation.
 *
 * @param status the HTTP status the platform answers
 * @param zichtbaar for a list: whether the relation's resource is in it
 * @param categorieen what the answer may show: the categories of the grants that let it through
 * @param code the problem code of a refusal after the gate
 */
record Verwachting(Uitkomst uitkomst, int status, boolean zichtbaar, Set<Gegevenscategorie> categorieen, Optional<String> code) {

    enum Uitkomst { NIET_GEVONDEN, VERBODEN, TOEGESTAAN, NA_DE_POORT_GEWEIGERD }

    Verwachting {
        categorieen = categorieen.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categorieen));
    }

    /**
     * An action on one resource; {@code zicht} are the caller's live grants on it and on its parents,
     * {@code toegestaan} the request's status once through the gate.
     */
    static Verwachting voor(Regel regel, List<Recht> zicht, Rol rol, int toegestaan) {
        if (zicht.isEmpty()) {
            return new Verwachting(Uitkomst.NIET_GEVONDEN, 404, false, Set.of(), Optional.empty());
        }
        List<Recht> passend = zicht.stream().filter(recht -> regel.redenen().contains(recht.reden())).toList();
        if (!regel.staatToe(Set.of(rol)) || passend.isEmpty()) {
            return new Verwachting(Uitkomst.VERBODEN, 403, false, Set.of(), Optional.of("TGN-002"));
        }
        Set<Gegevenscategorie> categorieen = EnumSet.noneOf(Gegevenscategorie.class);
        passend.forEach(recht -> categorieen.addAll(recht.categorieen()));
        return new Verwachting(Uitkomst.TOEGESTAAN, toegestaan, true, categorieen, Optional.empty());
    }

    /** A list: the role decides whether it may search at all; the grants decide what the list holds (in SQL). */
    static Verwachting voorZoeken(Regel regel, List<Recht> zicht, Rol rol) {
        if (!regel.staatToe(Set.of(rol))) {
            return new Verwachting(Uitkomst.VERBODEN, 403, false, Set.of(), Optional.of("TGN-002"));
        }
        return new Verwachting(Uitkomst.TOEGESTAAN, 200, zicht.stream().anyMatch(recht -> regel.redenen().contains(recht.reden())),
                Set.of(), Optional.empty());
    }

    /** Through the gate, then refused by the flow's own rule, with its status and code, and logged as a refusal. */
    Verwachting geweigerdNaDePoort(int status, String code) {
        return new Verwachting(Uitkomst.NA_DE_POORT_GEWEIGERD, status, false, categorieen, Optional.of(code));
    }

    /** Through the gate, then stopped by the flow before anything changed, with another status (not a refusal). */
    Verwachting metStatus(int status, String code) {
        return new Verwachting(uitkomst, status, zichtbaar, categorieen, Optional.of(code));
    }

    /** A list the gate lets through that does, or does not, hold the relation's resource. */
    Verwachting metZichtbaar(boolean inDeLijst) {
        return new Verwachting(uitkomst, status, inDeLijst, categorieen, code);
    }

    /** Whether the gate lets the request through (also when the flow refuses it after). */
    boolean doorDePoort() {
        return uitkomst == Uitkomst.TOEGESTAAN || uitkomst == Uitkomst.NA_DE_POORT_GEWEIGERD;
    }
}
