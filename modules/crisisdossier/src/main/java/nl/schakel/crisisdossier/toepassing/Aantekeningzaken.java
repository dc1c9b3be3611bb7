package nl.schakel.crisisdossier.toepassing;

import static nl.schakel.crisisdossier.domein.CrisisdossierHandeling.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Aantekening;
import nl.schakel.crisisdossier.domein.Aantekeninggegevens;
import nl.schakel.crisisdossier.domein.Aantekeningversie;
import nl.schakel.crisisdossier.domein.Bronnen;
import nl.schakel.crisisdossier.domein.Crisisdossier;
import nl.schakel.crisisdossier.domein.CrisisdossierHandeling;
import nl.schakel.crisisdossier.domein.Foutcodes;
import nl.schakel.crisisdossier.domein.Livegebeurtenis.Soort;
import nl.schakel.crisisdossier.infrastructuur.AantekeningRepository;
import nl.schakel.crisisdossier.infrastructuur.CrisisdossierRepository;
import nl.schakel.crisisdossier.infrastructuur.Livegebeurtenissen;
import nl.schakel.gedeeld.fout.VersieConflictFout;
import nl.schakel.gedeeld.invoer.Versie;
import nl.schakel.toegang.domein.Beslissing;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Categoriefilter;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.toepassing.Toegangsdienst;
import nl.schakel.toegang.toepassing.Toegangspoort;

/**
 * The entries of a crisis file, one transaction each. A co-owner writes an entry for its organisation (which gets
 * EIGENAAR on it, so it keeps its own entries after closure); each co-owner reads the others' entries as the policy
 * lets its grant show their category; only the author organisation corrects (a new version) or withdraws. Every change
 * is a live event for the open screens: an id and a kind, the category so that only those who may see it hear of it.
 */
@ApplicationScoped
@Transactional
public class Aantekeningzaken {

    @Inject
    Toegangspoort poort;

    @Inject
    Toegangsdienst toegang;

    @Inject
    CrisisdossierRepository dossiers;

    @Inject
    AantekeningRepository aantekeningen;

    @Inject
    Crisisbronnen bronnen;

    @Inject
    Livegebeurtenissen live;

    Clock klok = Clock.systemUTC();

    public Aantekening schrijf(Medewerker medewerker, UUID dossierId, Aantekeninggegevens gegevens) {
        Beslissing beslissing = poort.beslis(medewerker, bronnen.dossier(dossierId), AANTEKENING_SCHRIJVEN, Crisisbronnen::dossierNietGevonden);
        Crisisdossier dossier = dossiers.dossier(dossierId).orElseThrow(Crisisbronnen::dossierNietGevonden);
        String organisatie = medewerker.handeltVoor().orElseThrow();
        Aantekening aantekening = Aantekening.schrijf(dossier, gegevens, organisatie, medewerker, nu());
        aantekeningen.voegToe(aantekening, organisatie);
        Bron bron = Bron.binnen(Bronnen.AANTEKENING, aantekening.id(), beslissing.bron());
        toegang.verleenAanEigenaar(bron, organisatie, Doel.CRISIS, medewerker);
        toegang.legBetrokkenenVast(bron, dossier.betrokkeneIds());
        gebeurtenis(aantekening, Soort.AANTEKENING_TOEGEVOEGD);
        poort.registreer(beslissing, dossier.betrokkeneIds());
        return aantekening;
    }

    /** The timeline: the entries the caller's grants show, and the categories of those withheld. */
    public Tijdlijn tijdlijn(Medewerker medewerker, UUID dossierId) {
        Beslissing beslissing = poort.beslis(medewerker, bronnen.dossier(dossierId), AANTEKENINGEN_LEZEN, Crisisbronnen::dossierNietGevonden);
        Crisisdossier dossier = dossiers.dossier(dossierId).orElseThrow(Crisisbronnen::dossierNietGevonden);
        Categoriefilter.Gefilterd<Aantekening> gefilterd = Categoriefilter.voor(beslissing).filter(aantekeningen.van(dossierId));
        poort.registreer(beslissing, dossier.betrokkeneIds());
        return new Tijdlijn(gefilterd.zichtbaar(), gefilterd.achtergehouden());
    }

    /** One entry: through the file's grant when its category shows, or the author's own grant (also after closure). */
    public Aantekening lees(Medewerker medewerker, UUID dossierId, UUID id) {
        Beslissing beslissing = beslis(medewerker, dossierId, id, AANTEKENING_LEZEN);
        Aantekening aantekening = zichtbaar(beslissing, id);
        poort.registreer(beslissing, betrokkenen(dossierId));
        return aantekening;
    }

    /** Every version of the entry, oldest first; the same category rule as the entry itself. */
    public List<Aantekeningversie> versies(Medewerker medewerker, UUID dossierId, UUID id) {
        Beslissing beslissing = beslis(medewerker, dossierId, id, AANTEKENING_LEZEN);
        zichtbaar(beslissing, id);
        List<Aantekeningversie> versies = aantekeningen.versies(id);
        poort.registreer(beslissing, betrokkenen(dossierId));
        return versies;
    }

    /** A correction by the author organisation (If-Match): a new version, the old one stays in the history. */
    public Aantekening corrigeer(Medewerker medewerker, UUID dossierId, UUID id, String ifMatch, Aantekeninggegevens gegevens) {
        Beslissing beslissing = beslis(medewerker, dossierId, id, AANTEKENING_CORRIGEREN);
        Aantekening aantekening = vanAuteur(beslissing, id, ifMatch);
        aantekening.corrigeer(dossiers.dossier(dossierId).orElseThrow(), gegevens, medewerker, nu());
        aantekeningen.bewaarWijziging(aantekening, true, aantekening.organisatieCode());
        gebeurtenis(aantekening, Soort.AANTEKENING_GECORRIGEERD);
        poort.registreer(beslissing, betrokkenen(dossierId));
        return aantekening;
    }

    /** A withdrawal by the author organisation (If-Match), with a reason; the history keeps what it said. */
    public Aantekening trekIn(Medewerker medewerker, UUID dossierId, UUID id, String ifMatch, String reden) {
        Beslissing beslissing = beslis(medewerker, dossierId, id, AANTEKENING_INTREKKEN);
        Aantekening aantekening = vanAuteur(beslissing, id, ifMatch);
        aantekening.trekIn(dossiers.dossier(dossierId).orElseThrow(), reden, medewerker, nu());
        aantekeningen.bewaarWijziging(aantekening, false, aantekening.organisatieCode());
        gebeurtenis(aantekening, Soort.AANTEKENING_INGETROKKEN);
        poort.registreer(beslissing, betrokkenen(dossierId));
        return aantekening;
    }

    private Beslissing beslis(Medewerker medewerker, UUID dossierId, UUID id, CrisisdossierHandeling handeling) {
        return poort.beslis(medewerker, bronnen.aantekening(dossierId, id), handeling, () -> Crisisbronnen.nietGevonden("Deze aantekening"));
    }

    /**
     * The entry when the caller's grants show its category (or it is the caller's own). One they do not show is, for
     * this caller, an entry that does not exist: the same 404, the refusal logged.
     */
    private Aantekening zichtbaar(Beslissing beslissing, UUID id) {
        Aantekening aantekening = aantekeningen.aantekening(id).orElseThrow(() -> Crisisbronnen.nietGevonden("Deze aantekening"));
        if (!Categoriefilter.voor(beslissing).toont(aantekening)) {
            throw poort.weiger(beslissing.medewerker(), beslissing.handeling(), Optional.of(beslissing.bron()),
                    Crisisbronnen.nietGevonden("Deze aantekening"));
        }
        return aantekening;
    }

    /**
     * The entry to change, when the caller's organisation wrote it (403 CRS-010, logged, before anything else is asked of
     * the request: another organisation learns nothing from a missing If-Match), at the version it names.
     */
    private Aantekening vanAuteur(Beslissing beslissing, UUID id, String ifMatch) {
        Aantekening aantekening = aantekeningen.voorWijziging(id).orElseThrow(() -> Crisisbronnen.nietGevonden("Deze aantekening"));
        if (!aantekening.isVan(beslissing.medewerker().handeltVoor().orElse(""))) {
            throw poort.weiger(beslissing.medewerker(), beslissing.handeling(), Optional.of(beslissing.bron()), Foutcodes.NIET_DE_AUTEUR,
                    "Alleen " + aantekening.organisatieCode() + ", die deze aantekening schreef, corrigeert of trekt haar in.");
        }
        int versie = Versie.uitIfMatch(ifMatch);
        if (aantekening.versie() != versie) {
            throw new VersieConflictFout("API-412", "De aantekening is intussen gewijzigd (versie " + aantekening.versie()
                    + "); haal haar opnieuw op.");
        }
        return aantekening;
    }

    private void gebeurtenis(Aantekening aantekening, Soort soort) {
        live.legVast(aantekening.crisisdossierId(), soort, Optional.of(aantekening.id()), Optional.of(aantekening.categorie()),
                Optional.of(aantekening.organisatieCode()), nu());
    }

    private List<UUID> betrokkenen(UUID dossierId) {
        return dossiers.dossier(dossierId).map(Crisisdossier::betrokkeneIds).orElse(List.of());
    }

    private Instant nu() {
        return Instant.now(klok);
    }
}
