package nl.schakel.crisisdossier.toepassing;

import static nl.schakel.crisisdossier.domein.CrisisdossierHandeling.LIVE_VOLGEN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Crisisdossier;
import nl.schakel.crisisdossier.domein.Livegebeurtenis;
import nl.schakel.crisisdossier.infrastructuur.CrisisdossierRepository;
import nl.schakel.crisisdossier.infrastructuur.Livegebeurtenissen;
import nl.schakel.toegang.domein.Beslissing;
import nl.schakel.toegang.domein.Categoriefilter;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.toepassing.Toegangspoort;

/**
 * Opening a file's live stream: the gate decides once (and the logboek records it, naming the betrokkenen), and the
 * subscription carries what the viewer may hear. The stream itself carries ids and kinds only; every content read that
 * follows goes through the gate again and is logged there.
 */
@ApplicationScoped
public class Livevolgen {

    /** How many missed events one reconnect replays at most; a screen further behind reloads the whole file. */
    public static final int MAXIMAAL_INHALEN = 1000;

    @Inject
    Toegangspoort poort;

    @Inject
    CrisisdossierRepository dossiers;

    @Inject
    Crisisbronnen bronnen;

    @Inject
    Livegebeurtenissen gebeurtenissen;

    @Transactional
    public Abonnement abonneer(Medewerker medewerker, UUID dossierId) {
        Beslissing beslissing = poort.beslis(medewerker, bronnen.dossier(dossierId), LIVE_VOLGEN, Crisisbronnen::dossierNietGevonden);
        Crisisdossier dossier = dossiers.dossier(dossierId).orElseThrow(Crisisbronnen::dossierNietGevonden);
        poort.registreer(beslissing, dossier.betrokkeneIds());
        return new Abonnement(dossierId, medewerker.id(), Categoriefilter.voor(beslissing), beslissing.vervaltOp());
    }

    /** What the file saw after {@code na}, in order: outside any transaction, for the streams. */
    public List<Livegebeurtenis> na(UUID dossierId, long na) {
        return gebeurtenissen.na(dossierId, na, MAXIMAAL_INHALEN);
    }

    /** The file's last event number now: where a newly opened screen starts. */
    public long stand(UUID dossierId) {
        return gebeurtenissen.stand(dossierId);
    }
}
