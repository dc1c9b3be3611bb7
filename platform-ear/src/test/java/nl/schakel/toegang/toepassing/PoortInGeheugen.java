package nl.schakel.toegang.toepassing;

import java.util.List;
import java.util.UUID;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import nl.schakel.toegang.infrastructuur.BronBetrokkeneRepository;
import nl.schakel.toegang.infrastructuur.ToegangRepository;
import nl.schakel.toegang.infrastructuur.logboek.Logboek;
import nl.schakel.toegang.infrastructuur.logboek.Weigeringen;

/**
 * The real gate wired by hand, as ToegangspoortTest in the toegang module does, but with whatever grants and logboek
 * the caller gives it: the access matrix decides its thousands of cells in-process with grants and rows in memory.
 * In this package because the gate's collaborators are injected into package-private fields.
 */
public final class PoortInGeheugen {

    private PoortInGeheugen() {}

    public static Toegangspoort met(Toegangsbeleid beleid, ToegangRepository toegangen, Logboek logboek, Verzoekcontext verzoek) {
        Toegangspoort poort = new Toegangspoort();
        poort.beleid = beleid;
        poort.toegangen = toegangen;
        poort.logboek = logboek;
        poort.weigeringen = new Weigeringen(logboek);
        poort.verzoek = verzoek;
        poort.betrokkenen = new BronBetrokkeneRepository() {
            @Override
            public List<UUID> van(Bron bron) {
                return List.of(); // the matrix's resources concern nobody in particular; the ITs check the real rows
            }
        };
        return poort;
    }
}
