package nl.schakel.casusoverleg.toepassing;

import static nl.schakel.casusoverleg.domein.CasusoverlegHandeling.VERSLAG_EXPORTEREN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Aanmelding;
import nl.schakel.casusoverleg.domein.Agendapunt;
import nl.schakel.casusoverleg.domein.Overleg;
import nl.schakel.casusoverleg.domein.Verslagoverzicht;
import nl.schakel.casusoverleg.infrastructuur.AanmeldingRepository;
import nl.schakel.casusoverleg.infrastructuur.ActieRepository;
import nl.schakel.casusoverleg.infrastructuur.OverlegRepository;
import nl.schakel.casusoverleg.infrastructuur.OverlegtafelRepository;
import nl.schakel.casusoverleg.infrastructuur.uitvoer.AgendaPdf;
import nl.schakel.casusoverleg.infrastructuur.uitvoer.VerslagPdf;
import nl.schakel.partners.domein.Organisatie;
import nl.schakel.partners.toepassing.PartnerRegister;
import nl.schakel.toegang.domein.Beslissing;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.toepassing.Toegangspoort;

/**
 * The minutes of one agenda item as a PDF (verslag.pdf) for whoever may read them: the gate decides on the item
 * ({@code casusoverleg.verslag-exporteren}: the meeting's owners, and each invited partner while its invitation runs),
 * then the meeting's confidentiality statement is required as for reading the item (403 CSO-020, logged), and the file
 * holds exactly what the caller's grants carry (the verslag's category, or a file saying it is withheld). Every download
 * is one logboek row, an export, with the case's betrokkenen, in the transaction that made the file; a caller without a
 * grant gets the 404 of a missing item, logged as a refusal.
 */
@ApplicationScoped
@Transactional
public class Verslaguitvoer {

    @Inject
    Toegangspoort poort;

    @Inject
    PartnerRegister register;

    @Inject
    OverlegtafelRepository tafels;

    @Inject
    OverlegRepository overleggen;

    @Inject
    AanmeldingRepository aanmeldingen;

    @Inject
    ActieRepository acties;

    @Inject
    Casusbronnen bronnen;

    @Inject
    Geheimhouding geheimhouding;

    Clock klok = Clock.systemUTC();

    public Uitvoerbestand verslagPdf(Medewerker medewerker, UUID id) {
        Beslissing beslissing = poort.beslis(medewerker, bronnen.agendapunt(id), VERSLAG_EXPORTEREN,
                () -> Casusbronnen.nietGevonden("Dit agendapunt"));
        Agendapunt punt = overleggen.agendapunt(id).orElseThrow(() -> Casusbronnen.nietGevonden("Dit agendapunt"));
        geheimhouding.vereis(beslissing, punt.overlegId());
        Overleg overleg = overleggen.overleg(punt.overlegId()).orElseThrow();
        String organisatie = medewerker.organisatieCode().orElse(beslissing.grondslag().organisatieCode());
        Verslagoverzicht overzicht = Verslagoverzicht.van(punt, overleg, tafels.tafel(overleg.overlegtafelId()).orElseThrow(),
                organisatie, acties.van(id), beslissing.categorieen());
        String naam = register.organisatieMetCode(organisatie).map(Organisatie::naam).orElse(organisatie);
        byte[] pdf = VerslagPdf.maak(overzicht, naam, Instant.now(klok));
        poort.registreer(beslissing, aanmeldingen.aanmelding(punt.aanmeldingId()).map(Aanmelding::betrokkeneIds).orElseThrow());
        return new Uitvoerbestand("verslag-" + id + ".pdf", AgendaPdf.MEDIATYPE, pdf);
    }
}
