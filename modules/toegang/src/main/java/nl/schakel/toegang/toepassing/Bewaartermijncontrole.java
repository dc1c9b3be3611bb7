package nl.schakel.toegang.toepassing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.schakel.toegang.domein.Brontype;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Toegangsdeclaratie;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import nl.schakel.toegang.domein.bewaren.Bewaarregel;
import nl.schakel.toegang.domein.bewaren.Bewaartermijnen;

/**
 * The retention rules must fit what the code holds and what the policy shares, checked once at deployment like
 * {@link Beleidscontrole}: every resource type a context declares has a rule (a type without one would never be
 * destroyed), every rule names a declared type (a rule for nothing is a review that reviews nothing), an owner is a
 * type the policy lets take part in the rule's purpose, and a type owned per partner (more than one owner type, as
 * an inbreng or a crisis entry) has a rule for every type that takes part.
 */
public final class Bewaartermijncontrole {

    private Bewaartermijncontrole() {}

    /** The mismatches, each as one sentence; empty when rules, code and policy agree. */
    public static List<String> verschillen(Bewaartermijnen termijnen, Toegangsbeleid beleid,
            Collection<? extends Toegangsdeclaratie> declaraties) {
        List<String> verschillen = new ArrayList<>();
        Map<String, String> gedeclareerd = new TreeMap<>();
        for (Toegangsdeclaratie declaratie : declaraties) {
            for (Brontype type : declaratie.brontypen()) {
                gedeclareerd.put(type.naam(), declaratie.context());
            }
        }
        Map<String, List<Bewaarregel>> perType = termijnen.regels().stream()
                .collect(Collectors.groupingBy(Bewaarregel::brontype, TreeMap::new, Collectors.toList()));
        gedeclareerd.forEach((type, context) -> {
            if (!perType.containsKey(type)) {
                verschillen.add("Brontype " + type + " van context " + context + " heeft geen regel in bewaartermijnen.json.");
            }
        });
        perType.forEach((type, regels) -> {
            if (!gedeclareerd.containsKey(type)) {
                verschillen.add("Regel voor " + type + " in bewaartermijnen.json hoort bij geen brontype dat een context verklaart.");
                return;
            }
            Doel doel = regels.get(0).doel();
            Set<String> deelnemers = beleid.organisatietypen(doel);
            for (Bewaarregel regel : regels) {
                if (!deelnemers.contains(regel.eigenaar())) {
                    verschillen.add("Regel voor " + type + " van " + regel.eigenaar() + ": het toegangsbeleid laat " + regel.eigenaar()
                            + " niet deelnemen aan " + doel + ", dus het kan er geen eigenaar van zijn.");
                }
            }
            if (regels.size() > 1) {
                Set<String> metRegel = regels.stream().map(Bewaarregel::eigenaar).collect(Collectors.toSet());
                Set<String> zonder = new TreeSet<>(deelnemers);
                zonder.removeAll(metRegel);
                if (!zonder.isEmpty()) {
                    verschillen.add(type + " heeft een regel per eigenaar, maar geen voor " + zonder + ", die volgens het "
                            + "toegangsbeleid deelnemen aan " + doel + ": elke deelnemer houdt zijn eigen termijn.");
                }
            }
        });
        return verschillen;
    }

    /** Refuses to go on when rules, code and policy disagree. */
    public static void eis(Bewaartermijnen termijnen, Toegangsbeleid beleid, Collection<? extends Toegangsdeclaratie> declaraties) {
        List<String> verschillen = verschillen(termijnen, beleid, declaraties);
        if (!verschillen.isEmpty()) {
            throw new IllegalStateException("Bewaartermijnen passen niet bij code en toegangsbeleid; Schakel start niet:\n  - "
                    + String.join("\n  - ", verschillen));
        }
    }
}
