package nl.schakel.crisisdossier.domein;

import java.util.Optional;
import nl.schakel.toegang.domein.Brontype;
import nl.schakel.toegang.domein.Handeling;

/** The actions of flow 3, by the names their rules have in {@code toegangsbeleid.json}, each on the type it works on. */
public enum CrisisdossierHandeling implements Handeling {
    /** Start a file from the shared intake form: no resource yet, the role decides. */
    MELDEN("crisisdossier.melden", Bronnen.CRISISDOSSIER),
    ZOEKEN("crisisdossier.zoeken", Bronnen.CRISISDOSSIER),
    LEZEN("crisisdossier.lezen", Bronnen.CRISISDOSSIER),
    /** Subscribe to the file's live events: ids and kinds, the content is read through the other actions. */
    LIVE_VOLGEN("crisisdossier.live-volgen", Bronnen.CRISISDOSSIER),
    AANTEKENINGEN_LEZEN("crisisdossier.aantekeningen-lezen", Bronnen.CRISISDOSSIER),
    AANTEKENING_SCHRIJVEN("crisisdossier.aantekening-schrijven", Bronnen.CRISISDOSSIER),
    AANTEKENING_LEZEN("crisisdossier.aantekening-lezen", Bronnen.AANTEKENING),
    AANTEKENING_CORRIGEREN("crisisdossier.aantekening-corrigeren", Bronnen.AANTEKENING),
    AANTEKENING_INTREKKEN("crisisdossier.aantekening-intrekken", Bronnen.AANTEKENING),
    TAAK_TOEVOEGEN("crisisdossier.taak-toevoegen", Bronnen.CRISISDOSSIER),
    TAAK_WIJZIGEN("crisisdossier.taak-wijzigen", Bronnen.TAAK),
    /** Writing the own organisation's part of the joint veiligheidsbeoordeling and veiligheidsplan. */
    VEILIGHEID_BIJDRAGEN("crisisdossier.veiligheid-bijdragen", Bronnen.CRISISDOSSIER),
    SLUITEN("crisisdossier.sluiten", Bronnen.CRISISDOSSIER),
    /** Record the SOF7 investigation as done, with its conclusion: the two crisis teams that carry the case. */
    SOF7_AFRONDEN("crisisdossier.sof7-afronden", Bronnen.CRISISDOSSIER),
    /** Ask Filomena's one-stop team for a forensic or medical screening. */
    SCREENING_AANVRAGEN("crisisdossier.screening-aanvragen", Bronnen.CRISISDOSSIER),
    /** The file's screening requests with their status (the question only where the category is shown). */
    SCREENING_LEZEN("crisisdossier.screening-lezen", Bronnen.CRISISDOSSIER),
    /** Move a request's status: Filomena plans, carries out or declines it. */
    SCREENING_WIJZIGEN("crisisdossier.screening-wijzigen", Bronnen.SCREENINGSVERZOEK),
    /**
     * DMFI: name or change the casusregisseur, plan review moments and record them: the partners who give the
     * intensive direction (Veilig Thuis's crisis team, the CIT, Filomena); the Raad reads it with the file.
     */
    DMFI_REGISSEREN("crisisdossier.dmfi-regisseren", Bronnen.CRISISDOSSIER),
    /** Closing down to an overdracht: Veilig Thuis's crisis team only, as the concept becomes Veilig Thuis's own. */
    AFSCHALEN("crisisdossier.afschalen", Bronnen.CRISISDOSSIER),
    /** Break-glass by an on-call crisis role on a file it is no co-owner of: short, flagged, reviewed. */
    NOODTOEGANG("crisisdossier.noodtoegang", Bronnen.CRISISDOSSIER);

    private final String naam;
    private final Brontype brontype;

    CrisisdossierHandeling(String naam, Brontype brontype) {
        this.naam = naam;
        this.brontype = brontype;
    }

    @Override
    public String naam() {
        return naam;
    }

    @Override
    public Optional<Brontype> brontype() {
        return Optional.of(brontype);
    }
}
