package nl.schakel.overdracht.toepassing;

import static nl.schakel.overdracht.domein.OverdrachtHandeling.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.schakel.overdracht.domein.Overdracht;
import nl.schakel.overdracht.domein.inhoud.Betrokkene;
import nl.schakel.overdracht.infrastructuur.export.Exportkop;
import nl.schakel.overdracht.infrastructuur.export.OverdrachtExport;
import nl.schakel.overdracht.infrastructuur.export.Partnersoort;
import nl.schakel.overdracht.infrastructuur.export.Terugkoppeling;
import nl.schakel.overdracht.infrastructuur.export.Terugkoppelingsbrief;
import nl.schakel.partners.domein.Organisatie;
import nl.schakel.partners.toepassing.PartnerRegister;
import nl.schakel.toegang.domein.Beslissing;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Toegang;
import nl.schakel.toegang.toepassing.Toegangspoort;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;

/**
 * The two PDFs of an overdracht: the export as the caller may see it, and the feedback letter to the melder.
 * As in {@link Overdrachtzaken}: the gate decides before anything is fetched, and the logboek row of the export
 * is written in the same transaction that produced the file, so a file never leaves without its entry. A
 * refusal is logged by the gate in a transaction of its own.
 */
@ApplicationScoped
@Transactional
public class Overdrachtexport {


    @Inject
    Toegangspoort poort;

    @Inject
    Toegangsbeleid beleid;

    @Inject
    OverdrachtDienst dienst;

    @Inject
    PartnerRegister register;

    Clock klok = Clock.systemUTC();

    /** The overdracht with exactly the categories of the caller's grants; the withheld ones named, not shown. */
    public PdfBestand exporteer(Medewerker medewerker, UUID id) {
        Beslissing beslissing = poort.beslis(medewerker, bron(id), EXPORTEREN, Overdrachtzaken::nietGevonden);
        Overdracht overdracht = dienst.overdracht(id);
        Toegang grondslag = beslissing.grondslag();
        Exportkop kop = new Exportkop(medewerker.naam(), naam(medewerker.organisatieCode().orElse(grondslag.organisatieCode())),
                Instant.now(klok), grondslag.doel().name(), beleid.grondslag(grondslag.doel()),
                naam(overdracht.eigenaarOrganisatie()), overdracht.ontvangendeOrganisatie().map(this::naam).orElse(null),
                register.gemeentenamen(),
                register.organisatieMetCode(overdracht.eigenaarOrganisatie()).flatMap(Organisatie::functioneleMailbox).orElse(null));
        byte[] pdf = OverdrachtExport.maak(overdracht, beslissing.categorieen(), kop);
        poort.registreer(beslissing, betrokkenen(overdracht));
        return new PdfBestand("overdracht-" + id + ".pdf", pdf);
    }

    /**
     * For the owner only: whether there is a follow-up and to which kind of partner, addressed to the melder. An
     * anonymous melder gets no letter (409 OVD-020), nor does a concept (409 OVD-021); then nothing is logged as
     * produced, because nothing was.
     */
    public PdfBestand terugkoppelingsbrief(Medewerker medewerker, UUID id) {
        Beslissing beslissing = poort.beslis(medewerker, bron(id), TERUGKOPPELEN, Overdrachtzaken::nietGevonden);
        Overdracht overdracht = dienst.overdracht(id);
        String partnersoort = overdracht.ontvangendeOrganisatie()
                .flatMap(register::organisatieMetCode)
                .map(organisatie -> Partnersoort.inWoorden(organisatie.type().name()))
                .orElse(null);
        var aanleiding = overdracht.inhoud().aanleiding();
        Terugkoppeling terugkoppeling = Terugkoppeling.voor(overdracht.status(), overdracht.inhoud().melder(), partnersoort,
                aanleiding == null ? null : aanleiding.meldingDatum());
        byte[] pdf = Terugkoppelingsbrief.maak(terugkoppeling, naam(overdracht.eigenaarOrganisatie()), Instant.now(klok),
                id.toString().substring(0, 8));
        poort.registreer(beslissing, betrokkenen(overdracht));
        return new PdfBestand("terugkoppelingsbrief-" + id + ".pdf", pdf);
    }

    private String naam(String organisatieCode) {
        return register.organisatieMetCode(organisatieCode).map(Organisatie::naam).orElse(organisatieCode);
    }

    /** As for a read: the export discloses (or, for the letter, concerns) the case of these betrokkenen. */
    private static List<UUID> betrokkenen(Overdracht overdracht) {
        return Overdrachtzaken.betrokkenen(overdracht.inhoud());
    }

    private static Bron bron(UUID id) {
        return new Bron(OVERDRACHT, id);
    }
}
