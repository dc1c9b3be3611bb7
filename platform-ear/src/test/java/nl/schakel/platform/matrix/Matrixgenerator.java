package nl.schakel.platform.matrix;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.schakel.platform.matrix.Matrixdeclaratie.Relatie;
import nl.schakel.platform.matrix.Matrixdeclaratie.Verzoek;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.domein.beleid.Regel;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;

/**
 * Makes the cells of a flow's access matrix from its {@link Matrixdeclaratie} and the policy file: every role × every
 * action × every relation, each with the answer the policy gives it ({@link Verwachting}). Nothing here runs a cell:
 * the platform run ({@link Matrixuitvoering}) and the in-process run of the decisions take the same cells.
 */
final class Matrixgenerator {

    private final Toegangsbeleid beleid;

    Matrixgenerator(Toegangsbeleid beleid) {
        this.beleid = beleid;
    }

    /**
     * Refuses a declaration that does not answer for exactly the policy's actions under its prefixes: an action the
     * policy names without a request (or a reason why it has no cell) would go untested the day it is added.
     */
    void controleerVolledigheid(Matrixdeclaratie declaratie) {
        Set<String> metVerzoek = new HashSet<>();
        declaratie.verzoeken().forEach(verzoek -> metVerzoek.add(verzoek.handeling()));
        declaratie.zoekverzoeken().forEach(zoeken -> metVerzoek.add(zoeken.handeling()));
        List<String> fouten = verschillen(declaratie.stroom(), declaratie.voorvoegsels(),
                declaratie.verzoeken().size() + declaratie.zoekverzoeken().size(), metVerzoek, declaratie.zonderCel().keySet());
        if (!metVerzoek.contains(declaratie.veldgroepen().handeling())) {
            fouten.add("de handeling die de inhoud leest (" + declaratie.veldgroepen().handeling() + ") heeft geen verzoek");
        }
        if (!fouten.isEmpty()) {
            throw new AssertionError("matrix van " + declaratie.stroom() + " klopt niet met het toegangsbeleid:\n- "
                    + String.join("\n- ", fouten));
        }
    }

    /** What is wrong between the policy and a flow's actions; empty when they agree. */
    List<String> verschillen(String stroom, Set<String> voorvoegsels, int aantalVerzoeken, Set<String> metVerzoek,
            Set<String> zonderCel) {
        Set<String> inBeleid = beleid.handelingen().stream()
                .filter(handeling -> voorvoegsels.stream().anyMatch(handeling::startsWith))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> gedeclareerd = new TreeSet<>(metVerzoek);
        gedeclareerd.addAll(zonderCel);
        List<String> fouten = new ArrayList<>();
        Set<String> vergeten = new TreeSet<>(inBeleid);
        vergeten.removeAll(gedeclareerd);
        if (!vergeten.isEmpty()) {
            fouten.add("het beleid noemt " + vergeten + " onder " + new TreeSet<>(voorvoegsels) + ", maar de matrix van "
                    + stroom + " heeft er geen verzoek voor (of geen reden waarom niet)");
        }
        Set<String> onbekend = new TreeSet<>(gedeclareerd);
        onbekend.removeAll(inBeleid);
        if (!onbekend.isEmpty()) {
            fouten.add("de matrix van " + stroom + " noemt " + onbekend + ", maar het beleid kent die niet onder "
                    + new TreeSet<>(voorvoegsels));
        }
        Set<String> dubbel = new TreeSet<>(metVerzoek);
        dubbel.retainAll(zonderCel);
        if (!dubbel.isEmpty()) {
            fouten.add(dubbel + " heeft zowel een verzoek als een reden om geen cel te hebben");
        }
        if (metVerzoek.size() != aantalVerzoeken) {
            fouten.add("een handeling heeft meer dan één verzoek");
        }
        return fouten;
    }

    /** Every cell, in the order the matrix has always run them: per relation, per role, the actions, then the lists. */
    List<Cel> cellen(Matrixdeclaratie declaratie, List<Relatie> relaties) {
        List<Cel> cellen = new ArrayList<>();
        for (Relatie relatie : relaties) {
            for (Rol rol : Rol.values()) {
                for (Verzoek verzoek : declaratie.verzoeken()) {
                    String bron = declaratie.bronVan(relatie, verzoek.handeling());
                    Verwachting poort = Verwachting.voor(regel(verzoek.handeling()), zicht(declaratie, relatie, bron), rol,
                            verzoek.toegestaan());
                    Verwachting verwacht = switch (poort.uitkomst()) {
                        case TOEGESTAAN -> declaratie.naDePoort(relatie, verzoek.handeling(), poort).orElse(poort);
                        case NIET_GEVONDEN -> declaratie.zonderToegang(relatie, verzoek.handeling(), poort).orElse(poort);
                        default -> poort;
                    };
                    cellen.add(new Cel(relatie, rol, verzoek.handeling(), Optional.of(verzoek), bron, verwacht));
                }
                for (Matrixdeclaratie.Zoekverzoek zoeken : declaratie.zoekverzoeken()) {
                    String bron = declaratie.bronVan(relatie, zoeken.handeling());
                    Verwachting poort = Verwachting.voorZoeken(regel(zoeken.handeling()), zicht(declaratie, relatie, bron), rol);
                    Verwachting verwacht = poort.uitkomst() == Verwachting.Uitkomst.TOEGESTAAN
                            ? declaratie.inDeLijst(relatie, zoeken.handeling(), poort).orElse(poort) : poort;
                    cellen.add(new Cel(relatie, rol, zoeken.handeling(), Optional.empty(), bron, verwacht));
                }
            }
        }
        return cellen;
    }

    /**
     * The relation's grants that the gate finds for a resource: those on the resource itself and on the resources it
     * sits in (a grant on a meeting opens its items and their inbreng; one on an item, that item alone), and not one
     * narrowed to a team (the matrix's callers have none: {@link Matrixdeclaratie.Recht#alleenVoorTeam}).
     */
    static List<Matrixdeclaratie.Recht> zicht(Matrixdeclaratie declaratie, Relatie relatie, String bron) {
        Set<String> metOuders = new HashSet<>();
        for (Optional<String> sleutel = Optional.of(bron); sleutel.isPresent(); sleutel = declaratie.ouder(sleutel.get())) {
            metOuders.add(sleutel.get());
        }
        return relatie.rechten().stream().filter(recht -> metOuders.contains(recht.bron()))
                .filter(recht -> recht.alleenVoorTeam().isEmpty()).toList();
    }

    /**
     * A deterministic sample that keeps every distinct answer: per relation and action, the first role (in the order
     * of {@link Rol}) the rule allows and the first it does not. The gate treats every role the rule names alike, and
     * the in-process run proves that for all roles; on the platform this sample still runs every relation × action
     * with an allowed and a refused role, every list, every rule after the gate and every content check.
     */
    List<Cel> steekproef(List<Cel> cellen) {
        Set<String> gezien = new HashSet<>();
        List<Cel> steekproef = new ArrayList<>();
        for (Cel cel : cellen) {
            boolean toegestaan = regel(cel.handeling()).staatToe(Set.of(cel.rol()));
            if (gezien.add(cel.relatie().naam() + "|" + cel.handeling() + "|" + toegestaan)) {
                steekproef.add(cel);
            }
        }
        return steekproef;
    }

    /** The line the run prints, so a change in the policy shows as a change in the counts. */
    static String samenvatting(Matrixdeclaratie declaratie, List<Relatie> relaties, List<Cel> cellen) {
        Map<Integer, Long> perStatus = cellen.stream().filter(cel -> !cel.isZoeken())
                .collect(Collectors.groupingBy(cel -> cel.verwachting().status(), TreeMap::new, Collectors.counting()));
        return "Toegangsmatrix: " + cellen.size() + " cellen (" + Rol.values().length + " rollen × "
                + (declaratie.verzoeken().size() + declaratie.zoekverzoeken().size()) + " handelingen × " + relaties.size()
                + " relaties); verwacht per status (zonder zoeken): " + perStatus + " [" + declaratie.stroom() + "]";
    }

    Regel regel(String handeling) {
        return beleid.regel(handeling).orElseThrow(() -> new AssertionError("het beleid kent " + handeling + " niet"));
    }
}
