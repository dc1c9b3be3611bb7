package nl.schakel.crisisdossier.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Bronnen;
import nl.schakel.crisisdossier.domein.Foutcodes;
import nl.schakel.crisisdossier.infrastructuur.AantekeningRepository;
import nl.schakel.crisisdossier.infrastructuur.ScreeningsverzoekRepository;
import nl.schakel.crisisdossier.infrastructuur.TaakRepository;
import nl.schakel.gedeeld.fout.NietGevondenFout;
import nl.schakel.toegang.domein.Bron;

/**
 * The resources of flow 3 as the gate sees them. An entry or a task is asked for under its file: it must belong to that
 * file, or it does not exist for the caller (a parent no grant names, so the same 404, logged). Only the parent's id is
 * read before the decision.
 */
@ApplicationScoped
public class Crisisbronnen {

    @Inject
    AantekeningRepository aantekeningen;

    @Inject
    TaakRepository taken;

    @Inject
    ScreeningsverzoekRepository screeningen;

    public Bron dossier(UUID id) {
        return new Bron(Bronnen.CRISISDOSSIER, id);
    }

    public Bron aantekening(UUID dossierId, UUID id) {
        return aantekeningen.dossierVan(id).filter(dossierId::equals)
                .map(dossier -> Bron.binnen(Bronnen.AANTEKENING, id, dossier(dossier)))
                .orElseGet(() -> Bron.metOnbekendeOuder(Bronnen.AANTEKENING, id));
    }

    public Bron taak(UUID dossierId, UUID id) {
        return taken.dossierVan(id).filter(dossierId::equals)
                .map(dossier -> Bron.binnen(Bronnen.TAAK, id, dossier(dossier)))
                .orElseGet(() -> Bron.metOnbekendeOuder(Bronnen.TAAK, id));
    }

    public Bron screeningsverzoek(UUID dossierId, UUID id) {
        return screeningen.dossierVan(id).filter(dossierId::equals)
                .map(dossier -> Bron.binnen(Bronnen.SCREENINGSVERZOEK, id, dossier(dossier)))
                .orElseGet(() -> Bron.metOnbekendeOuder(Bronnen.SCREENINGSVERZOEK, id));
    }

    /** The same answer for every resource of the flow that does not exist, or that the caller has no grant on. */
    public static NietGevondenFout nietGevonden(String wat) {
        return new NietGevondenFout(Foutcodes.NIET_GEVONDEN, wat + " bestaat niet.");
    }

    public static NietGevondenFout dossierNietGevonden() {
        return nietGevonden("Dit crisisdossier");
    }
}
