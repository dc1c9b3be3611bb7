package nl.schakel.toegang.toepassing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.schakel.toegang.domein.Handeling;
import nl.schakel.toegang.domein.Toegangsdeclaratie;

/**
 * Code and policy must name the same actions, in both directions: an action the code offers without a rule would
 * fail at request time (once as a 500), and a rule no code uses is a permission nobody reviews. Checked once at
 * deployment, so that a mismatch stops the platform with a message that names each action and where it is missing.
 */
public final class Beleidscontrole {

    private Beleidscontrole() {}

    /** The mismatches, each as one sentence; empty when code and policy agree. */
    public static List<String> verschillen(Collection<? extends Toegangsdeclaratie> declaraties, Set<String> beleidsregels) {
        Map<String, String> inCode = new TreeMap<>();
        List<String> verschillen = new ArrayList<>();
        for (Toegangsdeclaratie declaratie : declaraties) {
            for (Handeling handeling : declaratie.handelingen()) {
                String eerder = inCode.putIfAbsent(handeling.naam(), declaratie.context());
                if (eerder != null && !eerder.equals(declaratie.context())) {
                    verschillen.add("Handeling '" + handeling.naam() + "' wordt door twee contexten verklaard: " + eerder + " en "
                            + declaratie.context() + ".");
                }
            }
        }
        inCode.forEach((naam, context) -> {
            if (!beleidsregels.contains(naam)) {
                verschillen.add("Handeling '" + naam + "' van context " + context + " heeft geen regel in toegangsbeleid.json.");
            }
        });
        for (String regel : new TreeSet<>(beleidsregels)) {
            if (!inCode.containsKey(regel)) {
                verschillen.add("Regel '" + regel + "' in toegangsbeleid.json hoort bij geen handeling die een context verklaart.");
            }
        }
        return verschillen;
    }

    /** Refuses to go on when code and policy disagree. */
    public static void eis(Collection<? extends Toegangsdeclaratie> declaraties, Set<String> beleidsregels) {
        List<String> verschillen = verschillen(declaraties, beleidsregels);
        if (!verschillen.isEmpty()) {
            throw new IllegalStateException("Code en toegangsbeleid verschillen; Schakel start niet:\n  - "
                    + String.join("\n  - ", verschillen));
        }
    }
}
