package nl.schakel.toegang.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.NietGevondenFout;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.gedeeld.fout.VersieConflictFout;
import nl.schakel.gedeeld.invoer.Versie;
import nl.schakel.partners.domein.OrganisatieType;
import nl.schakel.partners.toepassing.PartnerRegister;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.betrokkene.Bsnsleutel;
import nl.schakel.toegang.domein.verzoek.Deelverzoek;
import nl.schakel.toegang.domein.verzoek.Termijn;
import nl.schakel.toegang.domein.verzoek.Verlenging;
import nl.schakel.toegang.domein.verzoek.Verzoek;
import nl.schakel.toegang.domein.verzoek.VerzoekHandeling;
import nl.schakel.toegang.domein.verzoek.Verzoekregistratie;
import nl.schakel.toegang.infrastructuur.VerzoekRepository;

/**
 * Requests of data subjects: registered at a contact point (Veilig Thuis or the Zorg- en Veiligheidshuis), fanned out
 * at registration to every organisation that holds or received data about the person, answered per organisation, and
 * closed when the contact point records that the requester was informed. Every step passes the gate by role and is
 * then limited to the caller's organisation (the contact point's requests, the organisation's own parts); another
 * organisation's request or part does not exist for the caller (404, logged). Every allowed step is logged on the
 * request or part, naming the persons as platform ids, purpose PRIVACYBEHEER.
 */
@ApplicationScoped
@Transactional
public class Verzoekbehandeling {

    /** The caller's organisation is no contact point (not Veilig Thuis or the Zorg- en Veiligheidshuis). */
    public static final String GEEN_CONTACTPUNT = "AVG-051";
    /** No such request or part for the caller's organisation. */
    public static final String NIET_GEVONDEN = "AVG-052";
    /** An extension without a reason, or one over 1000 characters. */
    public static final String ONGELDIGE_VERLENGING = "AVG-053";
    /** The clock was extended already, or the request is finished. */
    public static final String AL_VERLENGD_OF_AFGEROND = "AVG-054";
    /** An answer that is empty or over 2000 characters. */
    public static final String ONGELDIG_ANTWOORD = "AVG-055";
    /** The part is answered already. */
    public static final String AL_BEANTWOORD = "AVG-056";
    /** The requester cannot be recorded as informed: a part is open, or it was recorded already. */
    public static final String NOG_NIET_AF = "AVG-057";
    /** The date the requester was informed is no date, in the future, or before receipt. */
    public static final String ONGELDIGE_DATUM = "AVG-058";
    /** An inzage report for a request that is no inzage. */
    public static final String GEEN_INZAGE = "AVG-059";

    private static final int MAXIMUM = 200;
    private static final Set<OrganisatieType> CONTACTPUNTEN = Set.of(OrganisatieType.VEILIG_THUIS, OrganisatieType.ZORG_EN_VEILIGHEIDSHUIS);

    @Inject
    Toegangspoort poort;

    @Inject
    Betrokkenenregister register;

    @Inject
    Bsnsleutel sleutel;

    @Inject
    VerzoekRepository verzoeken;

    @Inject
    PartnerRegister partners;

    Clock klok = Clock.systemUTC();

    public Verzoek registreer(Medewerker medewerker, String soort, String bsn, String achternaam, String voornaam, String geboortedatum,
            String weergave, String ontvangenOp) {
        poort.vereisRol(medewerker, VerzoekHandeling.REGISTREREN, Optional.empty());
        String contactpunt = contactpunt(medewerker, VerzoekHandeling.REGISTREREN);
        Instant nu = Instant.now(klok);
        Verzoekregistratie registratie = Verzoekregistratie.uit(soort, bsn, achternaam, voornaam, geboortedatum, weergave, ontvangenOp,
                vandaag());

        Set<UUID> personen = new LinkedHashSet<>();
        registratie.bsn().flatMap(register::zoek).ifPresent(personen::add);
        registratie.persoon().ifPresent(p -> personen.addAll(register.zoek(p)));
        Map<String, List<String>> houders = VerzoekRepository.perOrganisatie(verzoeken.houders(personen));

        UUID id = UUID.randomUUID();
        List<Deelverzoek> delen = new ArrayList<>();
        houders.forEach((organisatie, bronnen) -> delen.add(new Deelverzoek(UUID.randomUUID(), id, 0, organisatie, bronnen,
                Deelverzoek.Status.OPEN, Optional.empty(), Optional.empty(), Optional.empty(), false)));
        Verzoek verzoek = new Verzoek(id, 0, registratie.soort(), contactpunt, registratie.weergave(), List.copyOf(personen),
                Termijn.vanaf(registratie.ontvangenOp()), medewerker.naam(), nu, Optional.empty(), Optional.empty(), delen);
        verzoeken.bewaar(verzoek, registratie.bsn().map(b -> sleutel.kenmerk(b).waarde()),
                registratie.persoon().map(p -> sleutel.naamkenmerk(p).waarde()));
        log(medewerker, VerzoekHandeling.REGISTREREN, verzoek);
        return verzoek;
    }

    /** The contact point's requests, unfinished first by due date. */
    public List<Verzoek> lijst(Medewerker medewerker) {
        poort.vereisRol(medewerker, VerzoekHandeling.LEZEN, Optional.empty());
        String contactpunt = contactpunt(medewerker, VerzoekHandeling.LEZEN);
        List<Verzoek> lijst = verzoeken.vanContactpunt(contactpunt, MAXIMUM);
        lijst.forEach(v -> log(medewerker, VerzoekHandeling.LEZEN, v));
        return lijst;
    }

    public Verzoek lees(Medewerker medewerker, UUID id) {
        Verzoek verzoek = eigen(medewerker, VerzoekHandeling.LEZEN, id);
        log(medewerker, VerzoekHandeling.LEZEN, verzoek);
        return verzoek;
    }

    /** Extends the clock once, by two months, with a reason. */
    public Verzoek verleng(Medewerker medewerker, UUID id, String ifMatch, String reden) {
        Verzoek verzoek = eigen(medewerker, VerzoekHandeling.VERLENGEN, id);
        int versie = Versie.uitIfMatch(ifMatch);
        String tekst = reden == null ? "" : reden.strip();
        if (tekst.isEmpty() || tekst.length() > 1000) {
            throw new ValidatieFout(ONGELDIGE_VERLENGING, "Een verlenging vraagt een reden (hoogstens 1000 tekens).",
                    List.of(new OngeldigeParameter("reden", "Verplicht, hoogstens 1000 tekens.")));
        }
        if (verzoek.termijn().isVerlengd() || verzoek.isAfgerond()) {
            throw new ConflictFout(AL_VERLENGD_OF_AFGEROND, verzoek.isAfgerond() ? "Dit verzoek is afgerond."
                    : "De termijn is al verlengd; de wet staat één verlenging met twee maanden toe.");
        }
        Termijn verlengd = verzoek.termijn().verleng(new Verlenging(tekst, medewerker.naam(), Instant.now(klok)));
        if (!verzoeken.verleng(id, versie, verlengd.verlenging().orElseThrow(), verlengd.uiterlijkOp())) {
            throw verouderd();
        }
        Verzoek nieuw = verzoeken.verzoek(id).orElseThrow();
        log(medewerker, VerzoekHandeling.VERLENGEN, nieuw);
        return nieuw;
    }

    /** Records that the requester was told the outcome, once every part is answered; this finishes the request. */
    public Verzoek verzoekerGeinformeerd(Medewerker medewerker, UUID id, String ifMatch, String datum) {
        Verzoek verzoek = eigen(medewerker, VerzoekHandeling.AFRONDEN, id);
        int versie = Versie.uitIfMatch(ifMatch);
        LocalDate op = datum(datum, verzoek.termijn().ontvangenOp());
        if (verzoek.isAfgerond() || !verzoek.zijnAlleDelenBeantwoord()) {
            throw new ConflictFout(NOG_NIET_AF, verzoek.isAfgerond() ? "Dat de verzoeker is geïnformeerd, staat al vast."
                    : "Nog niet elke organisatie heeft haar deel beantwoord (" + verzoek.aantalBeantwoord() + " van " + verzoek.delen().size() + ").");
        }
        if (!verzoeken.informeer(id, versie, op, medewerker.naam())) {
            throw verouderd();
        }
        Verzoek nieuw = verzoeken.verzoek(id).orElseThrow();
        log(medewerker, VerzoekHandeling.AFRONDEN, nieuw);
        return nieuw;
    }

    /** The caller's organisation's parts, open first, each with its request (for the kind and the clock). */
    public List<DeelMetVerzoek> delen(Medewerker medewerker) {
        poort.vereisRol(medewerker, VerzoekHandeling.DEELVERZOEK_LEZEN, Optional.empty());
        String organisatie = medewerker.handeltVoor().orElse("");
        List<DeelMetVerzoek> lijst = new ArrayList<>();
        for (Deelverzoek deel : verzoeken.delenVan(organisatie, MAXIMUM)) {
            Verzoek verzoek = verzoeken.verzoek(deel.verzoekId()).orElseThrow();
            lijst.add(new DeelMetVerzoek(deel, verzoek));
            logDeel(medewerker, VerzoekHandeling.DEELVERZOEK_LEZEN, deel, verzoek);
        }
        return lijst;
    }

    /**
     * Answers the organisation's part once; with {@code vrijgeven} it releases its holdings for the inzage report (what the
     * police and the OM hold is withheld from the requester otherwise).
     */
    public DeelMetVerzoek beantwoord(Medewerker medewerker, UUID deelId, String ifMatch, String antwoord, boolean vrijgeven) {
        poort.vereisRol(medewerker, VerzoekHandeling.DEELVERZOEK_BEANTWOORDEN, Optional.empty());
        Bron bron = new Bron(VerzoekHandeling.DEELVERZOEK, deelId);
        Deelverzoek deel = verzoeken.deel(deelId).filter(d -> medewerker.handeltVoor().map(d.organisatie()::equals).orElse(false))
                .orElseThrow(() -> poort.weiger(medewerker, VerzoekHandeling.DEELVERZOEK_BEANTWOORDEN, Optional.of(bron),
                        new NietGevondenFout(NIET_GEVONDEN, "Dit deelverzoek bestaat niet.")));
        int versie = Versie.uitIfMatch(ifMatch);
        String tekst = antwoord == null ? "" : antwoord.strip();
        if (tekst.isEmpty() || tekst.length() > 2000) {
            throw new ValidatieFout(ONGELDIG_ANTWOORD, "Een antwoord zegt kort wat u vond en wat u deed (hoogstens 2000 tekens).",
                    List.of(new OngeldigeParameter("antwoord", "Verplicht, hoogstens 2000 tekens.")));
        }
        if (!deel.isOpen()) {
            throw new ConflictFout(AL_BEANTWOORD, "Dit deelverzoek is al beantwoord.");
        }
        if (!verzoeken.beantwoord(deelId, versie, tekst, vrijgeven, medewerker.naam(), Instant.now(klok))) {
            throw verouderd();
        }
        Deelverzoek nieuw = verzoeken.deel(deelId).orElseThrow();
        Verzoek verzoek = verzoeken.verzoek(nieuw.verzoekId()).orElseThrow();
        logDeel(medewerker, VerzoekHandeling.DEELVERZOEK_BEANTWOORDEN, nieuw, verzoek);
        return new DeelMetVerzoek(nieuw, verzoek);
    }

    /** For Mijn werk: the contact point's unfinished requests and how many are overdue; empty for other roles. */
    public Optional<long[]> telOpenEnTeLaat(Medewerker medewerker) {
        if (!poort.regel(VerzoekHandeling.LEZEN).staatToe(medewerker.rollen()) || medewerker.handeltVoor().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(verzoeken.telOpenEnTeLaat(medewerker.handeltVoor().get(), vandaag()));
    }

    /** For Mijn werk: the organisation's open parts and how many of them are overdue; empty for other roles. */
    public Optional<long[]> telTeBeantwoorden(Medewerker medewerker) {
        if (!poort.regel(VerzoekHandeling.DEELVERZOEK_LEZEN).staatToe(medewerker.rollen()) || medewerker.handeltVoor().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(verzoeken.telTeBeantwoorden(medewerker.handeltVoor().get(), vandaag()));
    }

    /** Today in the Netherlands: the day the clocks count in. */
    public LocalDate vandaag() {
        return LocalDate.ofInstant(Instant.now(klok), Termijn.NEDERLAND);
    }

    /** A part with the request it belongs to. */
    public record DeelMetVerzoek(Deelverzoek deel, Verzoek verzoek) {}

    // ---- the contact point and its requests

    /** The caller's organisation, if it is a contact point; a refusal (logged) otherwise. */
    String contactpunt(Medewerker medewerker, VerzoekHandeling handeling) {
        Optional<String> code = medewerker.handeltVoor();
        boolean isContactpunt = code.flatMap(partners::organisatieMetCode).map(o -> CONTACTPUNTEN.contains(o.type())).orElse(false);
        if (!isContactpunt) {
            throw poort.weiger(medewerker, handeling, Optional.empty(), GEEN_CONTACTPUNT,
                    "Verzoeken van betrokkenen worden geregistreerd en gevolgd door een contactpunt: Veilig Thuis of het Zorg- en "
                            + "Veiligheidshuis. Uw organisatie is geen contactpunt.");
        }
        return code.get();
    }

    /** The request, if the caller's organisation is its contact point; the same 404 (logged) as a missing one otherwise. */
    Verzoek eigen(Medewerker medewerker, VerzoekHandeling handeling, UUID id) {
        poort.vereisRol(medewerker, handeling, Optional.empty());
        Bron bron = new Bron(VerzoekHandeling.VERZOEK, id);
        return verzoeken.verzoek(id).filter(v -> medewerker.handeltVoor().map(v.contactpunt()::equals).orElse(false))
                .orElseThrow(() -> poort.weiger(medewerker, handeling, Optional.of(bron),
                        new NietGevondenFout(NIET_GEVONDEN, "Dit verzoek bestaat niet.")));
    }

    void log(Medewerker medewerker, VerzoekHandeling handeling, Verzoek verzoek) {
        poort.registreer(medewerker, handeling, Optional.of(new Bron(VerzoekHandeling.VERZOEK, verzoek.id())), verzoek.betrokkenen(),
                Doel.PRIVACYBEHEER);
    }

    private void logDeel(Medewerker medewerker, VerzoekHandeling handeling, Deelverzoek deel, Verzoek verzoek) {
        poort.registreer(medewerker, handeling, Optional.of(new Bron(VerzoekHandeling.DEELVERZOEK, deel.id())), verzoek.betrokkenen(),
                Doel.PRIVACYBEHEER);
    }

    private static VersieConflictFout verouderd() {
        return new VersieConflictFout("API-412", "Het verzoek is intussen gewijzigd; haal het opnieuw op.");
    }

    private LocalDate datum(String tekst, LocalDate ontvangen) {
        try {
            LocalDate datum = tekst == null ? null : LocalDate.parse(tekst);
            if (datum != null && !datum.isAfter(vandaag()) && !datum.isBefore(ontvangen)) {
                return datum;
            }
        } catch (DateTimeParseException e) {
            // the same answer as a date outside the window
        }
        throw new ValidatieFout(ONGELDIGE_DATUM, "Op welke dag is de verzoeker geïnformeerd?",
                List.of(new OngeldigeParameter("datum", "Een datum als 2026-12-01, niet in de toekomst en niet voor de ontvangst.")));
    }
}
