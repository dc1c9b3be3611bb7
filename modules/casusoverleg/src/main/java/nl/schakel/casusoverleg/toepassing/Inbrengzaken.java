package nl.schakel.casusoverleg.toepassing;

import static nl.schakel.casusoverleg.domein.CasusoverlegHandeling.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import nl.schakel.casusoverleg.domein.Aanmelding;
import nl.schakel.casusoverleg.domein.Agendapunt;
import nl.schakel.casusoverleg.domein.Bronnen;
import nl.schakel.casusoverleg.domein.CasusoverlegHandeling;
import nl.schakel.casusoverleg.domein.Foutcodes;
import nl.schakel.casusoverleg.domein.Inbreng;
import nl.schakel.casusoverleg.domein.Inbrenggegevens;
import nl.schakel.casusoverleg.domein.Inbrengversie;
import nl.schakel.casusoverleg.infrastructuur.AanmeldingRepository;
import nl.schakel.casusoverleg.infrastructuur.InbrengRepository;
import nl.schakel.casusoverleg.infrastructuur.OverlegRepository;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.VersieConflictFout;
import nl.schakel.gedeeld.invoer.Versie;
import nl.schakel.toegang.domein.Beslissing;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Categoriefilter;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Toegang;
import nl.schakel.toegang.toepassing.Toegangsdienst;
import nl.schakel.toegang.toepassing.Toegangspoort;

/**
 * A partner's own inbreng on an agenda item, one transaction each. Adding it needs a grant on the item (invited, or an
 * owner of the meeting); the inbreng then gets a grant of its own for its contributor (EIGENAAR on the INBRENG), which
 * outlives the item's invitations: after afschaling each partner still reads what it brought. Only the contributor
 * changes, shares or withdraws it; another organisation's draft does not exist for the caller.
 */
@ApplicationScoped
@Transactional
public class Inbrengzaken {

    @Inject
    Toegangspoort poort;

    @Inject
    Toegangsdienst toegang;

    @Inject
    OverlegRepository overleggen;

    @Inject
    AanmeldingRepository aanmeldingen;

    @Inject
    InbrengRepository inbreng;

    @Inject
    Casusbronnen bronnen;

    @Inject
    Geheimhouding geheimhouding;

    @Inject
    InbrengBewaring bewaring;

    Clock klok = Clock.systemUTC();

    /** A new draft of the caller's organisation on the item; one per organisation per item. */
    public Inbrenginzage lever(Medewerker medewerker, UUID agendapuntId, Inbrenggegevens gegevens) {
        Bron opPunt = bronnen.agendapunt(agendapuntId);
        Beslissing beslissing = poort.beslis(medewerker, opPunt, INBRENG_LEVEREN, () -> Casusbronnen.nietGevonden("Dit agendapunt"));
        String organisatie = medewerker.organisatieCode().orElseThrow();
        Agendapunt punt = overleggen.agendapuntVoorWijziging(agendapuntId).orElseThrow();
        if (inbreng.van(agendapuntId, organisatie).isPresent()) {
            throw new ConflictFout(Foutcodes.INBRENG_CONFLICT,
                    organisatie + " heeft al inbreng op dit agendapunt; wijzig die (PUT met If-Match) in plaats van een tweede.");
        }
        Inbreng nieuw = Inbreng.lever(punt, organisatie, gegevens, medewerker, nu());
        inbreng.voegToe(nieuw, medewerker, nu());
        Bron bron = Bron.binnen(Bronnen.INBRENG, nieuw.id(), opPunt);
        Toegang eigen = toegang.verleenAanEigenaar(bron, organisatie, Doel.CASUSOVERLEG, medewerker);
        List<UUID> betrokkenen = betrokkenen(punt);
        toegang.legBetrokkenenVast(bron, betrokkenen);
        poort.registreer(beslissing, betrokkenen);
        return Inbrenginzage.van(nieuw, Categoriefilter.voor(eigen.categorieen(), Optional.of(organisatie)), bewaring);
    }

    /** The own inbreng always; another organisation's only after the meeting's confidentiality statement (CSO-020). */
    public Inbrenginzage lees(Medewerker medewerker, UUID agendapuntId, UUID id) {
        Beslissing beslissing = beslis(medewerker, agendapuntId, id, INBRENG_LEZEN);
        Inbreng gelezen = zichtbaar(beslissing, id);
        Agendapunt punt = agendapunt(gelezen);
        if (!gelezen.organisatieCode().equals(medewerker.organisatieCode().orElse(""))) {
            geheimhouding.vereis(beslissing, punt.overlegId());
        }
        poort.registreer(beslissing, betrokkenen(punt));
        return Inbrenginzage.van(gelezen, Categoriefilter.voor(beslissing), bewaring);
    }

    /**
     * An inbreng kept after the shared copy of its case was destroyed (issue 15): its item and meeting are gone, so only
     * a grant on the inbreng itself opens it, and only its owner has one (EIGENAAR). Anyone else gets the 404 of a
     * missing id, logged. An inbreng still on its item is read there, not here: the same logged 404.
     */
    public Inbrenginzage leesBewaard(Medewerker medewerker, UUID id) {
        Bron bron = Bron.metOnbekendeOuder(Bronnen.INBRENG, id);
        Beslissing beslissing = poort.beslis(medewerker, bron, INBRENG_LEZEN, () -> Casusbronnen.nietGevonden("Deze inbreng"));
        Inbreng gelezen = inbreng.inbreng(id).filter(Inbreng::isBewaardNaAfschaling).filter(i -> i.isZichtbaarVoor(
                        medewerker.organisatieCode().orElse("")))
                .orElseThrow(() -> poort.weiger(medewerker, INBRENG_LEZEN, Optional.of(bron), Casusbronnen.nietGevonden("Deze inbreng")));
        poort.registreer(beslissing, toegang.betrokkenenVan(bron));
        return Inbrenginzage.van(gelezen, Categoriefilter.voor(beslissing), bewaring);
    }

    /** Replaces the parts; If-Match with the inbreng's version. */
    public Inbrenginzage wijzig(Medewerker medewerker, UUID agendapuntId, UUID id, String ifMatch, Inbrenggegevens gegevens) {
        return stap(medewerker, agendapuntId, id, ifMatch, INBRENG_WIJZIGEN, (i, punt) -> i.wijzig(punt, gegevens, nu()));
    }

    /** Shares the draft with the item's other readers, each as far as its categories reach. */
    public Inbrenginzage deel(Medewerker medewerker, UUID agendapuntId, UUID id, String ifMatch) {
        return stap(medewerker, agendapuntId, id, ifMatch, INBRENG_DELEN, (i, punt) -> i.deel(punt, nu()));
    }

    /** Takes it back from the table; the contributor keeps it. */
    public Inbrenginzage trekIn(Medewerker medewerker, UUID agendapuntId, UUID id, String ifMatch) {
        return stap(medewerker, agendapuntId, id, ifMatch, INBRENG_INTREKKEN, (i, punt) -> i.trekIn(punt, nu()));
    }

    /**
     * The history of the caller's own inbreng, oldest first. Only the contributor's: an earlier version may hold what it
     * has since taken back, and no one else decided to share that.
     */
    public List<Inbrengversie> versies(Medewerker medewerker, UUID agendapuntId, UUID id) {
        Beslissing beslissing = beslis(medewerker, agendapuntId, id, INBRENG_VERSIES_LEZEN);
        Inbreng eigen = zichtbaar(beslissing, id);
        vanDeInbrenger(beslissing, eigen);
        List<Inbrengversie> versies = inbreng.versies(eigen);
        poort.registreer(beslissing, betrokkenen(agendapunt(eigen)));
        return versies;
    }

    /** "Why can I see this": the caller's live grants on the inbreng, its item or its meeting. */
    public List<Toegang> toegang(Medewerker medewerker, UUID agendapuntId, UUID id) {
        Beslissing beslissing = beslis(medewerker, agendapuntId, id, INBRENG_TOEGANG_BEKIJKEN);
        zichtbaar(beslissing, id);
        poort.registreer(beslissing, List.of());
        return beslissing.toegangen();
    }

    /**
     * A change by the contributor. The checks run in the order that tells an outsider least: another's draft does not
     * exist (404), another's shared inbreng is not the caller's to change (403 CSO-015), both logged as refusals.
     */
    private Inbrenginzage stap(Medewerker medewerker, UUID agendapuntId, UUID id, String ifMatch, CasusoverlegHandeling handeling,
            BiConsumer<Inbreng, Agendapunt> wijziging) {
        Beslissing beslissing = beslis(medewerker, agendapuntId, id, handeling);
        Inbreng inbreng = zichtbaar(beslissing, id, this.inbreng::voorWijziging);
        vanDeInbrenger(beslissing, inbreng);
        int versie = Versie.uitIfMatch(ifMatch);
        if (inbreng.versie() != versie) {
            throw new VersieConflictFout("API-412", "De inbreng is intussen gewijzigd (versie " + inbreng.versie() + "); haal haar opnieuw op.");
        }
        Agendapunt punt = agendapunt(inbreng);
        wijziging.accept(inbreng, punt);
        this.inbreng.bewaarWijziging(inbreng, medewerker, nu());
        poort.registreer(beslissing, betrokkenen(punt));
        return Inbrenginzage.van(inbreng, Categoriefilter.voor(beslissing), bewaring);
    }

    /** Another organisation may see a shared inbreng, never change it or read its history (403, logged). */
    private void vanDeInbrenger(Beslissing beslissing, Inbreng inbreng) {
        Medewerker medewerker = beslissing.medewerker();
        if (!inbreng.organisatieCode().equals(medewerker.organisatieCode().orElse(""))) {
            throw poort.weiger(medewerker, beslissing.handeling(), Optional.of(beslissing.bron()), Foutcodes.VERKEERDE_PARTIJ,
                    "Alleen " + inbreng.organisatieCode() + " wijzigt, deelt, trekt in of leest de geschiedenis van haar eigen inbreng.");
        }
    }

    /** The inbreng, if the caller may know of it; another organisation's draft or withdrawn inbreng is a logged 404. */
    private Inbreng zichtbaar(Beslissing beslissing, UUID id) {
        return zichtbaar(beslissing, id, inbreng::inbreng);
    }

    private Inbreng zichtbaar(Beslissing beslissing, UUID id, Function<UUID, Optional<Inbreng>> lezen) {
        Inbreng gevonden = lezen.apply(id).orElseThrow(() -> Casusbronnen.nietGevonden("Deze inbreng"));
        // a kept inbreng has no item any more: under an item's address it does not exist (its owner reads it at /inbreng)
        if (gevonden.isBewaardNaAfschaling() || !gevonden.isZichtbaarVoor(beslissing.medewerker().organisatieCode().orElse(""))) {
            throw poort.weiger(beslissing.medewerker(), beslissing.handeling(), Optional.of(beslissing.bron()),
                    Casusbronnen.nietGevonden("Deze inbreng"));
        }
        return gevonden;
    }

    private Beslissing beslis(Medewerker medewerker, UUID agendapuntId, UUID id, CasusoverlegHandeling handeling) {
        return poort.beslis(medewerker, bronnen.inbreng(agendapuntId, id), handeling, () -> Casusbronnen.nietGevonden("Deze inbreng"));
    }

    private Agendapunt agendapunt(Inbreng inbreng) {
        return overleggen.agendapunt(inbreng.agendapuntId()).orElseThrow();
    }

    /** The inbreng concerns the case's betrokkenen: the logboek names them. */
    private List<UUID> betrokkenen(Agendapunt punt) {
        return aanmeldingen.aanmelding(punt.aanmeldingId()).map(Aanmelding::betrokkeneIds).orElse(List.of());
    }

    private Instant nu() {
        return Instant.now(klok);
    }
}
