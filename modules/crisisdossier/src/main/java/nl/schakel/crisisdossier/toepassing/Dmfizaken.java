package nl.schakel.crisisdossier.toepassing;

import static nl.schakel.crisisdossier.domein.CrisisdossierHandeling.DMFI_REGISSEREN;
import static nl.schakel.crisisdossier.domein.CrisisdossierHandeling.LEZEN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.schakel.crisisdossier.domein.Crisisdossier;
import nl.schakel.crisisdossier.domein.Dmfiregie;
import nl.schakel.crisisdossier.domein.Evaluatiemoment;
import nl.schakel.crisisdossier.domein.Foutcodes;
import nl.schakel.crisisdossier.domein.Livegebeurtenis.Soort;
import nl.schakel.crisisdossier.infrastructuur.CrisisdossierRepository;
import nl.schakel.crisisdossier.infrastructuur.DmfiRepository;
import nl.schakel.crisisdossier.infrastructuur.Livegebeurtenissen;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.VersieConflictFout;
import nl.schakel.gedeeld.invoer.Versie;
import nl.schakel.toegang.domein.Beslissing;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.toepassing.Toegangspoort;

/**
 * The DMFI track of a crisis file, one transaction per use case: read with the file ({@code crisisdossier.lezen}), run by
 * the partners who give the intensive direction ({@code crisisdossier.dmfi-regisseren}). Every change is pushed to the
 * open screens as {@code dmfi-gewijzigd}; the screens fetch the track again through this gate, so every read is logged.
 */
@ApplicationScoped
@Transactional
public class Dmfizaken {

    @Inject
    Toegangspoort poort;

    @Inject
    CrisisdossierRepository dossiers;

    @Inject
    DmfiRepository dmfi;

    @Inject
    Crisisbronnen bronnen;

    @Inject
    Livegebeurtenissen live;

    Clock klok = Clock.systemUTC();

    public Dmfiinzage lees(Medewerker medewerker, UUID dossierId) {
        Beslissing beslissing = poort.beslis(medewerker, bronnen.dossier(dossierId), LEZEN, Crisisbronnen::dossierNietGevonden);
        Crisisdossier dossier = dossiers.dossier(dossierId).orElseThrow(Crisisbronnen::dossierNietGevonden);
        poort.registreer(beslissing, dossier.betrokkeneIds());
        return inzage(dossier);
    }

    /**
     * Names the casusregisseur. The first time starts DMFI and needs no If-Match (one sent is stale: 412); a change of
     * casusregisseur does (428 without, 412 when stale), so two partners appointing at once cannot overwrite each other.
     */
    public Dmfiinzage wijsCasusregisseurAan(Medewerker medewerker, UUID dossierId, String ifMatch,
            Dmfiregie.Casusregisseur casusregisseur) {
        Beslissing beslissing = poort.beslis(medewerker, bronnen.dossier(dossierId), DMFI_REGISSEREN, Crisisbronnen::dossierNietGevonden);
        Crisisdossier dossier = dossiers.dossier(dossierId).orElseThrow(Crisisbronnen::dossierNietGevonden);
        dossier.vereisOpen();
        String eigen = medewerker.handeltVoor().orElse("");
        Optional<Dmfiregie> bestaand = dmfi.regieVoorWijziging(dossierId);
        if (bestaand.isPresent()) {
            Dmfiregie regie = bestaand.get();
            int versie = Versie.uitIfMatch(ifMatch);
            if (regie.versie() != versie) {
                throw new VersieConflictFout("API-412", "De casusregie is intussen gewijzigd (versie " + regie.versie() + ", door "
                        + regie.gewijzigdDoor() + "); haal haar opnieuw op.");
            }
            regie.wijzig(dossier, casusregisseur, eigen, nu());
            dmfi.bewaarWijziging("De casusregie");
        } else {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw new VersieConflictFout("API-412", "DMFI is in dit dossier nog niet gestart; stuur de eerste aanwijzing zonder If-Match.");
            }
            dmfi.start(Dmfiregie.start(dossier, casusregisseur, eigen, nu()));
        }
        return gewijzigd(beslissing, dossier, eigen);
    }

    /** Plans a review moment (201): DMFI must run (409 CRS-026), the file must be open (409 CRS-012). */
    public Evaluatiemoment planEvaluatie(Medewerker medewerker, UUID dossierId, String geplandOp, String onderwerp) {
        Beslissing beslissing = poort.beslis(medewerker, bronnen.dossier(dossierId), DMFI_REGISSEREN, Crisisbronnen::dossierNietGevonden);
        Crisisdossier dossier = dossiers.dossier(dossierId).orElseThrow(Crisisbronnen::dossierNietGevonden);
        dossier.vereisOpen();
        // the track's row is locked so that two partners planning at once are counted against the maximum one by one
        dmfi.regieVoorWijziging(dossierId).orElseThrow(() -> new ConflictFout(Foutcodes.DMFI_NIET_GESTART,
                "DMFI is in dit crisisdossier nog niet gestart: wijs eerst een casusregisseur aan."));
        String eigen = medewerker.handeltVoor().orElse("");
        Evaluatiemoment moment = Evaluatiemoment.plan(dossier, geplandOp, onderwerp, dmfi.evaluatiemomenten(dossierId).size(), eigen, nu());
        dmfi.voegToe(moment);
        gewijzigd(beslissing, dossier, eigen);
        return moment;
    }

    /** Records a review moment as held or cancelled, once (409 CRS-025 after that). */
    public Dmfiinzage legEvaluatieVast(Medewerker medewerker, UUID dossierId, UUID momentId, String uitkomst, String toelichting) {
        Beslissing beslissing = poort.beslis(medewerker, bronnen.dossier(dossierId), DMFI_REGISSEREN, Crisisbronnen::dossierNietGevonden);
        Crisisdossier dossier = dossiers.dossier(dossierId).orElseThrow(Crisisbronnen::dossierNietGevonden);
        dossier.vereisOpen();
        Evaluatiemoment moment = dmfi.evaluatiemomentVoorWijziging(dossierId, momentId)
                .orElseThrow(() -> Crisisbronnen.nietGevonden("Dit evaluatiemoment"));
        String eigen = medewerker.handeltVoor().orElse("");
        moment.legVast(dossier, uitkomst, toelichting, eigen, nu());
        dmfi.bewaarWijziging("Het evaluatiemoment");
        return gewijzigd(beslissing, dossier, eigen);
    }

    private Dmfiinzage gewijzigd(Beslissing beslissing, Crisisdossier dossier, String organisatie) {
        live.legVast(dossier.id(), Soort.DMFI_GEWIJZIGD, Optional.of(dossier.id()), Optional.empty(), Optional.of(organisatie), nu());
        poort.registreer(beslissing, dossier.betrokkeneIds());
        return inzage(dossier);
    }

    private Dmfiinzage inzage(Crisisdossier dossier) {
        List<Evaluatiemoment> momenten = dmfi.evaluatiemomenten(dossier.id());
        Instant nu = nu();
        return new Dmfiinzage(dmfi.regie(dossier.id()), momenten,
                momenten.stream().filter(m -> m.isVerlopen(dossier, nu)).map(Evaluatiemoment::id).collect(Collectors.toSet()));
    }

    private Instant nu() {
        return Instant.now(klok);
    }
}
