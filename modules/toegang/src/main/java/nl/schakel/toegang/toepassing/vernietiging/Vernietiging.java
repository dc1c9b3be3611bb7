package nl.schakel.toegang.toepassing.vernietiging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.NietGevondenFout;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.gedeeld.fout.VersieConflictFout;
import nl.schakel.gedeeld.invoer.Versie;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Brontype;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.ToegangHandeling;
import nl.schakel.toegang.domein.bewaren.Bewaarplicht;
import nl.schakel.toegang.domein.bewaren.Grafsteen;
import nl.schakel.toegang.domein.bewaren.Vernietigingslijst;
import nl.schakel.toegang.infrastructuur.BronBetrokkeneRepository;
import nl.schakel.toegang.infrastructuur.VernietigingRepository;
import nl.schakel.toegang.infrastructuur.VernietigingsverklaringPdf;
import nl.schakel.toegang.toepassing.Toegangspoort;

/**
 * What the functionaris gegevensbescherming does with destruction: read the lists, have today's drawn up, approve one
 * (naming the version seen), put or lift a legal hold, carry out an approved list (each item in its own transaction)
 * and download its certificate. Each step on a resource writes a logboek row naming its betrokkenen; reading the lists
 * writes none (ids, owners and dates, no personal data, like the verwerkingsregister).
 */
@ApplicationScoped
@Transactional
public class Vernietiging {

    public static final String LIJST_ONBEKEND = "AVG-030";
    public static final String NIET_MEER_VOORGESTELD = "AVG-031";
    public static final String VERSIE_VEROUDERD = "AVG-032";
    public static final String BEWAARPLICHT_ONGELDIG = "AVG-033";
    public static final String BEWAARPLICHT_STAAT_AL = "AVG-034";
    public static final String AL_VERNIETIGD = "AVG-035";
    public static final String GEEN_BEWAARPLICHT = "AVG-036";
    public static final String NIET_GOEDGEKEURD = "AVG-037";
    public static final String AL_UITGEVOERD = "AVG-038";
    public static final String NOG_NIET_UITGEVOERD = "AVG-039";

    static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final Logger LOG = Logger.getLogger(Vernietiging.class.getName());
    private static final int MAXIMUM = 100;

    @Inject
    Toegangspoort poort;

    @Inject
    VernietigingRepository repository;

    @Inject
    Vernietigingsvoorstel voorstel;

    @Inject
    Itemvernietiging items;

    @Inject
    Bewaarbronnen bronnen;

    @Inject
    BronBetrokkeneRepository betrokkenen;

    Clock klok = Clock.systemUTC();

    public List<Vernietigingslijst> lijsten(Medewerker medewerker) {
        poort.vereisRol(medewerker, ToegangHandeling.VERNIETIGING_BEOORDELEN, Optional.empty());
        return repository.lijsten(MAXIMUM);
    }

    public Vernietigingslijst lijst(Medewerker medewerker, UUID id) {
        poort.vereisRol(medewerker, ToegangHandeling.VERNIETIGING_BEOORDELEN, Optional.empty());
        return bestaande(id);
    }

    /** Draws up today's list now, as the daily job does; empty when nothing new is due. Each proposed item is logged. */
    public Optional<Vernietigingslijst> stelOp(Medewerker medewerker) {
        poort.vereisRol(medewerker, ToegangHandeling.VERNIETIGING_BEOORDELEN, Optional.empty());
        Optional<Vernietigingslijst> lijst = voorstel.stelOp(vandaag());
        lijst.ifPresent(l -> registreer(medewerker, ToegangHandeling.VERNIETIGING_BEOORDELEN, l.items()));
        return lijst;
    }

    public Vernietigingslijst keurGoed(Medewerker medewerker, UUID id, String ifMatch) {
        poort.vereisRol(medewerker, ToegangHandeling.VERNIETIGING_BEOORDELEN, Optional.empty());
        Vernietigingslijst lijst = bestaande(id);
        if (lijst.status() != Vernietigingslijst.Status.VOORGESTELD) {
            throw new ConflictFout(NIET_MEER_VOORGESTELD, "Deze vernietigingslijst is al goedgekeurd; een goedkeuring ligt vast.");
        }
        int gezien = Versie.uitIfMatch(ifMatch);
        if (gezien != lijst.versie() || !repository.keurGoed(id, gezien, medewerker.id(), medewerker.naam(), Instant.now(klok))) {
            throw new VersieConflictFout(VERSIE_VEROUDERD, "De vernietigingslijst is veranderd sinds u haar zag (bijvoorbeeld door een "
                    + "bewaarplicht); haal haar opnieuw op en beoordeel wat er nu op staat.");
        }
        registreer(medewerker, ToegangHandeling.VERNIETIGING_BEOORDELEN, lijst.items());
        return bestaande(id);
    }

    public Bewaarplicht legBewaarplichtOp(Medewerker medewerker, String brontype, UUID id, String redenTekst) {
        poort.vereisRol(medewerker, ToegangHandeling.VERNIETIGING_BEWAARPLICHT, Optional.empty());
        List<OngeldigeParameter> fouten = new ArrayList<>();
        if (brontype == null || bronnen.voor(brontype).isEmpty()) {
            fouten.add(new OngeldigeParameter("brontype", "Een soort bron die vernietigd kan worden: "
                    + bronnen.alle().stream().map(Bewaarbron::brontype).sorted().toList() + "."));
        }
        String reden = redenTekst == null ? "" : redenTekst.strip();
        if (reden.isEmpty() || reden.length() > 1000) {
            fouten.add(new OngeldigeParameter("reden", "Verplicht, ten hoogste 1000 tekens: waarom dit bewaard moet blijven."));
        }
        if (!fouten.isEmpty()) {
            throw new ValidatieFout(BEWAARPLICHT_ONGELDIG, "Een bewaarplicht heeft een soort bron en een reden.", fouten);
        }
        if (repository.grafsteen(brontype, id).isPresent()) {
            throw new ConflictFout(AL_VERNIETIGD, "Deze bron is al vernietigd; er is niets meer om te bewaren.");
        }
        Bewaarplicht plicht = new Bewaarplicht(brontype, id, reden, medewerker.id(), medewerker.naam(), Instant.now(klok));
        if (!repository.legBewaarplichtOp(plicht)) {
            throw new ConflictFout(BEWAARPLICHT_STAAT_AL, "Op deze bron staat al een bewaarplicht; hef die eerst op om een andere reden te geven.");
        }
        log(medewerker, ToegangHandeling.VERNIETIGING_BEWAARPLICHT, brontype, id);
        return plicht;
    }

    public void hefBewaarplichtOp(Medewerker medewerker, String brontype, UUID id) {
        poort.vereisRol(medewerker, ToegangHandeling.VERNIETIGING_BEWAARPLICHT, Optional.empty());
        if (brontype == null || bronnen.voor(brontype).isEmpty() || !repository.hefBewaarplichtOp(brontype, id)) {
            throw new NietGevondenFout(GEEN_BEWAARPLICHT, "Op deze bron staat geen bewaarplicht.");
        }
        log(medewerker, ToegangHandeling.VERNIETIGING_BEWAARPLICHT, brontype, id);
    }

    public List<Bewaarplicht> bewaarplichten(Medewerker medewerker) {
        poort.vereisRol(medewerker, ToegangHandeling.VERNIETIGING_BEWAARPLICHT, Optional.empty());
        return repository.bewaarplichten(MAXIMUM);
    }

    /**
     * Destroys every item of an approved list that is not destroyed yet, each in its own transaction, then closes the
     * list. An item that fails stays on the list (a server log names its type, not its content); carrying the list
     * out again continues with it.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Vernietigingslijst voerUit(Medewerker medewerker, UUID id) {
        poort.vereisRol(medewerker, ToegangHandeling.VERNIETIGING_UITVOEREN, Optional.empty());
        Vernietigingslijst lijst = bestaande(id);
        switch (lijst.status()) {
            case VOORGESTELD -> throw new ConflictFout(NIET_GOEDGEKEURD, "Keur de vernietigingslijst eerst goed; pas dan wordt er vernietigd.");
            case UITGEVOERD -> throw new ConflictFout(AL_UITGEVOERD, "Deze vernietigingslijst is al uitgevoerd.");
            default -> { }
        }
        Instant nu = Instant.now(klok);
        for (Vernietigingslijst.Item item : lijst.items()) {
            if (item.vernietigdOp().isPresent()) {
                continue;
            }
            try {
                items.vernietig(medewerker, lijst, item, vandaag(), nu);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "vernietiging van een " + item.brontype() + " mislukt; het blijft op de lijst", e);
            }
        }
        items.sluitAf(id, nu);
        return bestaande(id);
    }

    public List<Grafsteen> grafstenen(Medewerker medewerker, UUID lijst) {
        poort.vereisRol(medewerker, ToegangHandeling.VERNIETIGING_BEOORDELEN, Optional.empty());
        return repository.grafstenen(lijst);
    }

    /** The certificate of destruction of a carried-out list (PDF/UA): ids, types, owners, dates, rules, approver. */
    public byte[] verklaring(Medewerker medewerker, UUID id) {
        poort.vereisRol(medewerker, ToegangHandeling.VERNIETIGING_UITVOEREN, Optional.empty());
        Vernietigingslijst lijst = bestaande(id);
        if (lijst.status() != Vernietigingslijst.Status.UITGEVOERD) {
            throw new ConflictFout(NOG_NIET_UITGEVOERD, "Een verklaring van vernietiging is er pas als de lijst is uitgevoerd.");
        }
        return VernietigingsverklaringPdf.maak(lijst, repository.grafstenen(id));
    }

    private Vernietigingslijst bestaande(UUID id) {
        return repository.lijst(id).orElseThrow(() -> new NietGevondenFout(LIJST_ONBEKEND, "Deze vernietigingslijst bestaat niet."));
    }

    private void registreer(Medewerker medewerker, ToegangHandeling handeling, List<Vernietigingslijst.Item> lijst) {
        lijst.forEach(item -> log(medewerker, handeling, item.brontype(), item.id()));
    }

    private void log(Medewerker medewerker, ToegangHandeling handeling, String brontype, UUID id) {
        Bron bron = new Bron(Brontype.van(brontype), id);
        poort.registreer(medewerker, handeling, Optional.of(bron), betrokkenen.van(bron), Doel.PRIVACYBEHEER);
    }

    private LocalDate vandaag() {
        return LocalDate.ofInstant(Instant.now(klok), NEDERLAND);
    }
}
