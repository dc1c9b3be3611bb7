package nl.schakel.toegang.toepassing;

import java.util.Optional;
import nl.schakel.toegang.domein.Brontype;
import nl.schakel.toegang.domein.Handeling;

/**
 * An action by its policy name on a resource type of the tests' own: the gate is tested without any flow. The rules
 * used are those of the real policy file, read by name.
 */
record ProefHandeling(String naam) implements Handeling {

    static final Brontype PROEFBRON = Brontype.van("PROEFBRON");

    static ProefHandeling h(String naam) {
        return new ProefHandeling(naam);
    }

    @Override
    public Optional<Brontype> brontype() {
        return Optional.of(PROEFBRON);
    }
}
