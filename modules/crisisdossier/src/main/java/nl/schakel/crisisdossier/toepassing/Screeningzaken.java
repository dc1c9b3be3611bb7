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
import nl.schakel.crisisdossier.domein.Crisisdossier;
import nl.schakel.crisisdossier.domein.Foutcodes;
import nl.schakel.crisisdossier.domein.Livegebeurtenis.Soort;
import nl.schakel.crisisdossier.domein.Screeningsgegevens;
import nl.schakel.crisisdossier.domein.Screeningsverzoek;
import nl.schakel.crisisdossier.infrastructuur.CrisisdossierRepository;
import nl.schakel.crisisdossier.infrastructuur.CrisisdossierGebeurtenissen;
import nl.schakel.crisisdossier.infrastructuur.Livegebeurtenissen;
import nl.schakel.crisisdossier.infrastructuur.ScreeningsverzoekRepository;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.VersieConflictFout;
import nl.schakel.gedeeld.invoer.Versie;
import nl.schakel.partners.domein.OrganisatieType;
import nl.schakel.partners.toepassing.PartnerRegister;
import nl.schakel.toegang.domein.Beslissing;
import nl.schakel.toegang.domein.Categoriefilter;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.toepassing.Toegangspoort;

/**
 * Screening requests to Filomena's one-stop team, one transaction per use case on the one access core. A co-owner asks;
 * every co-owner sees that a request exists and its status; the question (health data) only reaches readers whose
 * grants show {@code GEZONDHEID}, and the organisation that asked it. Only Filomena moves the status, with If-Match under
 * the row's lock.
 */
@ApplicationScoped
@Transactional
public class Screeningzaken {

    @Inject
    Toegangspoort poort;

    @Inject
    CrisisdossierRepository dossiers;

    @Inject
    ScreeningsverzoekRepository screeningen;

    @Inject
    PartnerRegister partners;

    @Inject
    Crisisbronnen bronnen;

    @Inject
    Livegebeurtenissen live;

    @Inject
    CrisisdossierGebeurtenissen gebeurtenissen;

    Clock klok = Clock.systemUTC();

    /**
     * A co-owner asks Filomena for a screening. The body's rules first (400 CRS-017), then the file: open (409 CRS-012)
     * and with Filomena — the Centrum HGKM — among its partners (409 CRS-018), as a request nobody receives helps no child.
     */
    public Screeningsinzage vraagAan(Medewerker medewerker, UUID dossierId, Screeningsgegevens.Aanvraag aanvraag) {
        Beslissing beslissing = poort.beslis(medewerker, bronnen.dossier(dossierId), SCREENING_AANVRAGEN,
                Crisisbronnen::dossierNietGevonden);
        Screeningsverzoek.valideer(aanvraag);
        Crisisdossier dossier = dossiers.dossier(dossierId).orElseThrow(Crisisbronnen::dossierNietGevonden);
        dossier.vereisOpen();
        String filomena = filomenaVan(dossier).orElseThrow(() -> new ConflictFout(Foutcodes.FILOMENA_GEEN_PARTNER,
                "Filomena (Centrum HGKM) is geen partner van dit crisisdossier; een screeningsverzoek gaat alleen naar een partner."));
        String door = medewerker.handeltVoor().orElse("");
        Screeningsverzoek verzoek = Screeningsverzoek.vraagAan(dossier, aanvraag, filomena, door, nu());
        screeningen.voegToe(verzoek);
        live.legVast(dossierId, Soort.SCREENING_GEVRAAGD, Optional.of(verzoek.id()), Optional.empty(), medewerker.handeltVoor(), nu());
        // a screen that is not open hears it too: through the feed, the webhook and the functional mailbox (data-poor)
        gebeurtenissen.screeningGevraagd(dossier, filomena, door);
        poort.registreer(beslissing, dossier.betrokkeneIds());
        return new Screeningsinzage(verzoek, true);
    }

    /** The file's requests, oldest first, each question shown or held back by the one category filter. */
    public List<Screeningsinzage> lijst(Medewerker medewerker, UUID dossierId) {
        Beslissing beslissing = poort.beslis(medewerker, bronnen.dossier(dossierId), SCREENING_LEZEN, Crisisbronnen::dossierNietGevonden);
        Crisisdossier dossier = dossiers.dossier(dossierId).orElseThrow(Crisisbronnen::dossierNietGevonden);
        Categoriefilter filter = Categoriefilter.voor(beslissing);
        List<Screeningsinzage> lijst = screeningen.van(dossierId).stream().map(s -> new Screeningsinzage(s, filter.toont(s))).toList();
        poort.registreer(beslissing, dossier.betrokkeneIds());
        return lijst;
    }

    /** One request of the file (where a create's Location points), decided on the file like the list. */
    public Screeningsinzage lees(Medewerker medewerker, UUID dossierId, UUID id) {
        Beslissing beslissing = poort.beslis(medewerker, bronnen.dossier(dossierId), SCREENING_LEZEN, Crisisbronnen::dossierNietGevonden);
        Crisisdossier dossier = dossiers.dossier(dossierId).orElseThrow(Crisisbronnen::dossierNietGevonden);
        Screeningsverzoek verzoek = screeningen.verzoek(id).filter(s -> s.crisisdossierId().equals(dossierId))
                .orElseThrow(() -> Crisisbronnen.nietGevonden("Dit screeningsverzoek"));
        poort.registreer(beslissing, dossier.betrokkeneIds());
        return new Screeningsinzage(verzoek, Categoriefilter.voor(beslissing).toont(verzoek));
    }

    /**
     * Filomena moves the status (If-Match). Through the gate (filomena-medewerker, a co-owner), the organisation must be
     * the one the request went to (403 CRS-020, logged), then the version (428/412), then the rules.
     */
    public Screeningsinzage wijzigStatus(Medewerker medewerker, UUID dossierId, UUID id, String ifMatch,
            Screeningsgegevens.Statuswijziging wijziging) {
        Beslissing beslissing = poort.beslis(medewerker, bronnen.screeningsverzoek(dossierId, id), SCREENING_WIJZIGEN,
                () -> Crisisbronnen.nietGevonden("Dit screeningsverzoek"));
        int versie = Versie.uitIfMatch(ifMatch);
        Screeningsverzoek verzoek = screeningen.voorWijziging(id).orElseThrow(() -> Crisisbronnen.nietGevonden("Dit screeningsverzoek"));
        String door = medewerker.handeltVoor().orElse("");
        if (!verzoek.isVoor(door)) {
            throw poort.weiger(medewerker, SCREENING_WIJZIGEN, Optional.of(beslissing.bron()), Foutcodes.NIET_DE_UITVOERDER,
                    "Alleen " + verzoek.uitvoerder() + ", aan wie het verzoek ging, wijzigt de status.");
        }
        if (verzoek.versie() != versie) {
            throw new VersieConflictFout("API-412", "Het screeningsverzoek is intussen gewijzigd (versie " + verzoek.versie()
                    + ", status " + verzoek.status() + "); haal het opnieuw op.");
        }
        Crisisdossier dossier = dossiers.dossier(dossierId).orElseThrow();
        verzoek.wijzigStatus(dossier, wijziging, door, nu());
        screeningen.bewaarWijziging();
        live.legVast(dossierId, Soort.SCREENING_GEWIJZIGD, Optional.of(id), Optional.empty(), medewerker.handeltVoor(), nu());
        poort.registreer(beslissing, dossier.betrokkeneIds());
        return new Screeningsinzage(verzoek, true);
    }

    /** Filomena among the file's partners: the first co-owner of type Centrum HGKM. */
    private Optional<String> filomenaVan(Crisisdossier dossier) {
        return dossier.partners().stream().filter(code -> partners.organisatieMetCode(code)
                .map(o -> o.type() == OrganisatieType.CENTRUM_HGKM).orElse(false)).findFirst();
    }

    private Instant nu() {
        return Instant.now(klok);
    }
}
