package nl.schakel.toegang.infrastructuur.logboek;

import nl.schakel.toegang.domein.logboek.Logboekregel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Logs refused attempts in a transaction of their own: the request itself ends in an error and rolls
 * back, but the attempt must stay on record.
 */
@ApplicationScoped
public class Weigeringen {

    @Inject
    Logboek logboek;

    public Weigeringen() {}

    public Weigeringen(Logboek logboek) {
        this.logboek = logboek;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void registreer(Logboekregel regel) {
        logboek.schrijf(regel);
    }
}
