package nl.schakel.toegang.domein.bekendheid;

import java.util.List;
import java.util.Optional;

/**
 * The answer of a bekendheidscheck: the organisations that hold data about the person, each with where to reach it.
 * Nothing else, on purpose: no flow, case, date, role, category or content, and the same shape whether known or not.
 */
public record Bekendheid(List<BekendeOrganisatie> organisaties) {

    public Bekendheid {
        organisaties = List.copyOf(organisaties);
    }

    public boolean bekend() {
        return !organisaties.isEmpty();
    }

    /** An organisation that knows the person, and its functional mailbox when the partner register has one. */
    public record BekendeOrganisatie(String code, String naam, Optional<String> functioneleMailbox) {}
}
