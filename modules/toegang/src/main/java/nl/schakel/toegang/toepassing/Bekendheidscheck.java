package nl.schakel.toegang.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.gedeeld.fout.TeVaakFout;
import nl.schakel.partners.domein.Organisatie;
import nl.schakel.partners.toepassing.PartnerRegister;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Brontype;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.ToegangHandeling;
import nl.schakel.toegang.domein.bekendheid.Bekendheid;
import nl.schakel.toegang.domein.bekendheid.Bekendheid.BekendeOrganisatie;
import nl.schakel.toegang.domein.bekendheid.Bekendheidslimiet;
import nl.schakel.toegang.domein.bekendheid.Bekendheidsvraag;
import nl.schakel.toegang.infrastructuur.BekendheidRepository;

/**
 * The bekendheidscheck: "is this person known to the platform's partners?". The person is found through the registry's
 * keyed hashes only (BSN, or name and date of birth); the organisations are those with a live grant on a resource about
 * that person, in any flow; the answer names them and their functional mailbox, nothing else. The asker's own
 * organisation is listed like any other: a colleague's file is exactly what the asker should know of.
 * <p>
 * Logged on both sides, in the same transaction as the answer: one row for the asker (purpose BEKENDHEIDSCHECK, the
 * persons found as platform ids) and one per organisation found, on that organisation as the row's resource (type
 * {@value #ORGANISATIE}, its id in the partner register), so its privacy officer finds every check that named it with
 * {@code GET /logboek?bronType=ORGANISATIE&bronId=…}: who asked (user, organisation, role), when, and that it matched.
 * Limited per user ({@link Bekendheidslimiet}); a refused attempt is logged as a refusal.
 */
@ApplicationScoped
public class Bekendheidscheck {

    /** The logboek's resource type of the row for a found organisation; no grant or retention rule names it. */
    public static final String ORGANISATIE = "ORGANISATIE";
    /** Code of a check over the user's limit (429 with Retry-After). */
    public static final String TE_VAAK = "AVG-023";

    private static final Brontype ORGANISATIETYPE = Brontype.van(ORGANISATIE);
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    @Inject
    Toegangspoort poort;

    @Inject
    Betrokkenenregister register;

    @Inject
    BekendheidRepository opslag;

    @Inject
    PartnerRegister partners;

    Clock klok = Clock.systemUTC();

    Bekendheidslimiet limiet = Bekendheidslimiet.STANDAARD;

    @Transactional
    public Bekendheid vraag(Medewerker medewerker, String bsn, String achternaam, String voornaam, String geboortedatum) {
        poort.vereisRol(medewerker, ToegangHandeling.BEKENDHEIDSCHECK_VRAGEN, Optional.empty());
        Instant nu = Instant.now(klok);
        Bekendheidsvraag vraag = Bekendheidsvraag.uit(bsn, achternaam, voornaam, geboortedatum, LocalDate.ofInstant(nu, NEDERLAND));
        binnenLimiet(medewerker, nu);

        List<UUID> personen = vraag.bsn().map(b -> register.zoek(b).stream().toList())
                .orElseGet(() -> register.zoek(vraag.persoon().orElseThrow()));
        List<BekendeOrganisatie> bekend = new ArrayList<>();
        List<Organisatie> gevonden = new ArrayList<>();
        for (String code : opslag.houders(personen, nu)) {
            Optional<Organisatie> organisatie = partners.organisatieMetCode(code);
            organisatie.ifPresent(gevonden::add);
            bekend.add(organisatie.map(o -> new BekendeOrganisatie(o.code(), o.naam(), o.functioneleMailbox()))
                    .orElseGet(() -> new BekendeOrganisatie(code, code, Optional.empty())));
        }
        bekend.sort(Comparator.comparing(BekendeOrganisatie::naam).thenComparing(BekendeOrganisatie::code));

        poort.registreer(medewerker, ToegangHandeling.BEKENDHEIDSCHECK_VRAGEN, Optional.empty(), personen, Doel.BEKENDHEIDSCHECK);
        for (Organisatie organisatie : gevonden) {
            poort.registreer(medewerker, ToegangHandeling.BEKENDHEIDSCHECK_VRAGEN,
                    Optional.of(new Bron(ORGANISATIETYPE, organisatie.id())), personen, Doel.BEKENDHEIDSCHECK);
        }
        return new Bekendheid(bekend);
    }

    /** Counts this check for the user, or refuses it (logged) when the user is at the limit. */
    private void binnenLimiet(Medewerker medewerker, Instant nu) {
        List<Instant> eerdere = opslag.vergrendelEnTel(medewerker.id(), nu.minus(Bekendheidslimiet.DAG));
        Optional<Duration> wacht = limiet.wachttijd(eerdere, nu);
        if (wacht.isPresent()) {
            throw poort.weiger(medewerker, ToegangHandeling.BEKENDHEIDSCHECK_VRAGEN, Optional.empty(), new TeVaakFout(TE_VAAK,
                    "U heeft de bekendheidscheck te vaak gebruikt: ten hoogste " + limiet.perUur() + " per uur en " + limiet.perDag()
                            + " per dag. Probeer het later opnieuw.", wacht.get()));
        }
        opslag.telMee(medewerker.id(), nu, nu.minus(Bekendheidslimiet.DAG));
    }
}
