package nl.schakel.toegang.domein.beleid;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Gegevenscategorie;

/**
 * What the policy says about one purpose beyond who may see what: the words the register of processing needs and
 * that exist nowhere else. Which actions belong to it (by prefix), the kinds of data subjects, and, only for a purpose
 * that shares nothing with other organisations and keeps no resource of its own, its controllers, its categories and
 * whose retention it follows. Everything else in the register comes from the rest of the policy and the retention file.
 */
public record Verwerking(Doel doel, String omschrijving, List<String> handelingen, List<String> betrokkenen,
        List<String> verantwoordelijken, Set<Gegevenscategorie> categorieen, Optional<Doel> bewaardMet) {

    public Verwerking {
        handelingen = List.copyOf(handelingen);
        betrokkenen = List.copyOf(betrokkenen);
        verantwoordelijken = List.copyOf(verantwoordelijken);
        categorieen = Set.copyOf(categorieen);
    }

    /** Whether an action of the policy (such as {@code overdracht.lezen}) belongs to this purpose. */
    public boolean omvat(String handeling) {
        return handelingen.stream().anyMatch(handeling::startsWith);
    }
}
