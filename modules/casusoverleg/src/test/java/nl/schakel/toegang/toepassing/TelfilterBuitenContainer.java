package nl.schakel.toegang.toepassing;

import java.time.Clock;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;

/**
 * The real {@link Toegangsdienst} for counts ({@code telfilter}) outside the container: the real gate on the given
 * policy, wired by hand as the toegang module's own tests do. In this package because the service's and the gate's
 * collaborators are injected into package-private fields (as {@code PoortInGeheugen} in platform-ear). Only
 * {@code telfilter} and {@code zoekfilter} work on it: it has no grants repository, logboek or register.
 */
public final class TelfilterBuitenContainer {

    private TelfilterBuitenContainer() {}

    public static Toegangsdienst met(Toegangsbeleid beleid, Clock klok) {
        Toegangspoort poort = new Toegangspoort();
        poort.beleid = beleid;
        Toegangsdienst dienst = new Toegangsdienst();
        dienst.poort = poort;
        dienst.beleid = beleid;
        dienst.klok = klok;
        return dienst;
    }
}
