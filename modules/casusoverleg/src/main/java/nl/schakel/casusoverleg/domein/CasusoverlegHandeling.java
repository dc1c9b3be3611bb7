package nl.schakel.casusoverleg.domein;

import java.util.Optional;
import nl.schakel.toegang.domein.Brontype;
import nl.schakel.toegang.domein.Handeling;

/**
 * The actions of flow 2, by the names their rules have in {@code toegangsbeleid.json}, each on the resource type it
 * works on. The types: an aanmelding (a registered case), a meeting ({@code OVERLEG}), an agenda item inside its
 * meeting (a grant on the meeting opens every item, an invitation opens one item) and a partner's inbreng inside its
 * item (the contributor's own grant opens it, also after the item's invitations ended).
 */
public enum CasusoverlegHandeling implements Handeling {
    AANMELDEN("casusoverleg.aanmelden", Bronnen.AANMELDING),
    AANMELDINGEN_ZOEKEN("casusoverleg.aanmeldingen-zoeken", Bronnen.AANMELDING),
    AANMELDING_LEZEN("casusoverleg.aanmelding-lezen", Bronnen.AANMELDING),
    AANMELDING_WIJZIGEN("casusoverleg.aanmelding-wijzigen", Bronnen.AANMELDING),
    AANMELDING_TOEGANG_BEKIJKEN("casusoverleg.aanmelding-toegang-bekijken", Bronnen.AANMELDING),
    AANMELDING_BEOORDELEN("casusoverleg.aanmelding-beoordelen", Bronnen.AANMELDING),
    AANMELDING_INPLANNEN("casusoverleg.aanmelding-inplannen", Bronnen.AANMELDING),
    AFSCHALEN("casusoverleg.afschalen", Bronnen.AANMELDING),
    OVERLEG_PLANNEN("casusoverleg.overleg-plannen", Bronnen.OVERLEG),
    OVERLEGGEN_ZOEKEN("casusoverleg.overleggen-zoeken", Bronnen.OVERLEG),
    OVERLEG_LEZEN("casusoverleg.overleg-lezen", Bronnen.OVERLEG),
    OVERLEG_TOEGANG_BEKIJKEN("casusoverleg.overleg-toegang-bekijken", Bronnen.OVERLEG),
    AGENDA_WIJZIGEN("casusoverleg.agenda-wijzigen", Bronnen.OVERLEG),
    /** The organiser moves its meeting to another day; the invitations' window moves with it. */
    OVERLEG_VERPLAATSEN("casusoverleg.overleg-verplaatsen", Bronnen.OVERLEG),
    AGENDAPUNTEN_ZOEKEN("casusoverleg.agendapunten-zoeken", Bronnen.AGENDAPUNT),
    AGENDAPUNT_LEZEN("casusoverleg.agendapunt-lezen", Bronnen.AGENDAPUNT),
    AGENDAPUNT_TOEGANG_BEKIJKEN("casusoverleg.agendapunt-toegang-bekijken", Bronnen.AGENDAPUNT),
    UITNODIGEN("casusoverleg.uitnodigen", Bronnen.AGENDAPUNT),
    INBRENG_LEVEREN("casusoverleg.inbreng-leveren", Bronnen.AGENDAPUNT),
    INBRENG_LEZEN("casusoverleg.inbreng-lezen", Bronnen.INBRENG),
    INBRENG_TOEGANG_BEKIJKEN("casusoverleg.inbreng-toegang-bekijken", Bronnen.INBRENG),
    INBRENG_WIJZIGEN("casusoverleg.inbreng-wijzigen", Bronnen.INBRENG),
    INBRENG_DELEN("casusoverleg.inbreng-delen", Bronnen.INBRENG),
    INBRENG_INTREKKEN("casusoverleg.inbreng-intrekken", Bronnen.INBRENG),
    INBRENG_VERSIES_LEZEN("casusoverleg.inbreng-versies-lezen", Bronnen.INBRENG),
    /** The agenda as a PDF: per item the caller may open (a grant on the meeting opens them all). */
    AGENDA_EXPORTEREN("casusoverleg.agenda-exporteren", Bronnen.AGENDAPUNT),
    /** The calendar invitation (agenda.ics): per item the caller may open, or the meeting for its owners. */
    KALENDER_EXPORTEREN("casusoverleg.kalender-exporteren", Bronnen.AGENDAPUNT),
    /** Confirming a meeting's confidentiality statement: decided on an item the caller sits at, or on the meeting it owns. */
    GEHEIMHOUDING_BEVESTIGEN("casusoverleg.geheimhouding-bevestigen", Bronnen.AGENDAPUNT),
    /** The organiser or chair gives an organisation at the item an action; decided on the item (its meeting's owners). */
    ACTIE_TOEWIJZEN("casusoverleg.actie-toewijzen", Bronnen.AGENDAPUNT),
    ACTIES_ZOEKEN("casusoverleg.acties-zoeken", Bronnen.ACTIE),
    ACTIE_LEZEN("casusoverleg.actie-lezen", Bronnen.ACTIE),
    ACTIE_AFRONDEN("casusoverleg.actie-afronden", Bronnen.ACTIE),
    /** Meeting mode: the organiser or chair records who was there and the verslag of an item (its meeting's owners). */
    AANWEZIGHEID_VASTLEGGEN("casusoverleg.aanwezigheid-vastleggen", Bronnen.AGENDAPUNT),
    VERSLAG_VASTLEGGEN("casusoverleg.verslag-vastleggen", Bronnen.AGENDAPUNT),
    /** The item's minutes as a PDF (verslag.pdf): whoever may read the item's verslag, one export row per download. */
    VERSLAG_EXPORTEREN("casusoverleg.verslag-exporteren", Bronnen.AGENDAPUNT);

    private final String naam;
    private final Brontype brontype;

    CasusoverlegHandeling(String naam, Brontype brontype) {
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
