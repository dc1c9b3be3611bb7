package nl.schakel.platform.matrix;

import java.util.Optional;
import nl.schakel.platform.matrix.Matrixdeclaratie.Relatie;
import nl.schakel.platform.matrix.Matrixdeclaratie.Verzoek;
import nl.schakel.toegang.domein.Rol;

/**
 * One cell of the matrix: a role in a relation doing an action on a resource (by its key), and what the policy says
 * it gets. The search cell has no {@link Verzoek} of its own: it asks the flow's {@link Matrixdeclaratie.Zoekverzoek}
 * of the same action.
 */
record Cel(Relatie relatie, Rol rol, String handeling, Optional<Verzoek> verzoek, String bron, Verwachting verwachting) {

    /** The test's name, as the matrix has always named it: {@code rol × handeling × relatie}. */
    String naam() {
        return rol.claim() + " × " + handeling + " × " + relatie.naam();
    }

    boolean isZoeken() {
        return verzoek.isEmpty();
    }
}
