package nl.schakel.platform.matrix;

import java.util.ArrayList;
import java.util.List;
import nl.schakel.toegang.domein.logboek.Logboekregel;
import nl.schakel.toegang.infrastructuur.logboek.Logboek;

/** The rows the gate writes, kept in memory per cell; the chained, append-only table is tested on PostgreSQL. */
final class LogboekInGeheugen extends Logboek {

    private final List<Logboekregel> regels = new ArrayList<>();

    @Override
    public void schrijf(Logboekregel regel) {
        regels.add(regel);
    }

    /** The rows written since the last call, and a clean slate for the next cell. */
    List<Logboekregel> neem() {
        List<Logboekregel> geschreven = List.copyOf(regels);
        regels.clear();
        return geschreven;
    }
}
