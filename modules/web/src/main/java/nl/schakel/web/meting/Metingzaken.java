package nl.schakel.web.meting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import nl.schakel.gedeeld.fout.NietGevondenFout;
import nl.schakel.overdracht.toepassing.OverdrachtDienst;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.toepassing.Toegangspoort;
import nl.schakel.overdracht.domein.OverdrachtHandeling;

/** The reading benchmark layers (B2, B3), each one transaction, as {@code Overdrachtzaken.lees} minus its later steps. */
@ApplicationScoped
@Transactional
public class Metingzaken {


    @Inject
    OverdrachtDienst dienst;

    @Inject
    Toegangspoort poort;

    /** B2: a plain read, no access decision, no logboek row. */
    public MetingOverdrachtJson lees(UUID id) {
        return MetingOverdrachtJson.van(dienst.overdracht(id));
    }

    /** B3: the access decision as the real read makes it, then the read; no logboek row for the allowed case. */
    public MetingOverdrachtJson beslisEnLees(Medewerker medewerker, UUID id) {
        poort.beslis(medewerker, new Bron(OverdrachtHandeling.OVERDRACHT, id), OverdrachtHandeling.LEZEN,
                () -> new NietGevondenFout(OverdrachtDienst.NIET_GEVONDEN, "Deze overdracht bestaat niet."));
        return MetingOverdrachtJson.van(dienst.overdracht(id));
    }
}
