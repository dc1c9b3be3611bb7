package nl.schakel.overdracht.toepassing;

import static nl.schakel.overdracht.domein.OverdrachtHandeling.*;

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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.gedeeld.fout.NietGevondenFout;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.gedeeld.pagina.Cursor;
import nl.schakel.gedeeld.pagina.Pagina;
import nl.schakel.overdracht.domein.Overdracht;
import nl.schakel.overdracht.domein.monitoring.Monitoringmoment;
import nl.schakel.gedeeld.sql.SqlPredicaat;
import nl.schakel.toegang.domein.Beslissing;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.ToegangReden;
import nl.schakel.toegang.toepassing.Toegangsdienst;
import nl.schakel.toegang.toepassing.Toegangspoort;
import nl.schakel.overdracht.domein.OverdrachtHandeling;
import nl.schakel.gedeeld.invoer.Ids;
import nl.schakel.gedeeld.invoer.Versie;

/**
 * The monitoring use cases, one transaction each. Monitoring is Veilig Thuis's own task
 * after an overdracht (Wmo 2015, hoofdstuk 4), so it rests on the owner's grant on the overdracht: the policy's
 * {@code monitoring.*} rules name the reason EIGENAAR. The receiving wijkteam has a grant but not that reason
 * (403 TGN-002); an organisation without a grant does not see the overdracht at all (404, as for the overdracht).
 */
@ApplicationScoped
@Transactional
public class Monitoringzaken {


    @Inject
    Toegangspoort poort;

    @Inject
    Toegangsdienst toegang;

    @Inject
    MonitoringDienst dienst;

    @Inject
    OverdrachtDienst overdrachten;

    Clock klok = Clock.systemUTC();

    /** The moments of one overdracht, 3 months first; empty until it is accepted. */
    public Gezien<List<Monitoringmoment>> momenten(Medewerker medewerker, UUID overdrachtId) {
        Beslissing beslissing = beslis(medewerker, overdrachtId, MONITORING_LEZEN);
        List<Monitoringmoment> momenten = dienst.momenten(overdrachtId);
        boolean scoresGetoond = momenten.stream().anyMatch(Monitoringmoment::isUitgevoerd);
        poort.registreer(beslissing, scoresGetoond ? betrokkenen(overdrachtId) : List.of());
        return new Gezien<>(momenten, beslissing.categorieen());
    }

    /** Records the two scores of a moment; If-Match with the moment's version. */
    public Gezien<Monitoringmoment> legVast(Medewerker medewerker, UUID overdrachtId, String momentId, String ifMatch,
            Integer scoreDirectbetrokkene, Integer scoreProfessional) {
        Beslissing beslissing = beslis(medewerker, overdrachtId, MONITORING_VASTLEGGEN);
        int versie = Versie.uitIfMatch(ifMatch);
        Monitoringmoment moment = dienst.legVast(overdrachtId, momentId(momentId), versie, scoreDirectbetrokkene,
                scoreProfessional, medewerker);
        poort.registreer(beslissing, betrokkenen(overdrachtId));
        return new Gezien<>(moment, beslissing.categorieen());
    }

    /**
     * The caller's moments across overdrachten, filtered in SQL over the caller's live grants with the reasons the
     * policy names; earliest planned first. One logboek row per listed moment, on its overdracht.
     */
    public Pagina<Monitoringmoment> zoek(Medewerker medewerker, String status, String geplandTot,
            String pagina, Integer paginaGrootte) {
        MonitoringZoekvraag vraag = new MonitoringZoekvraag(toegang.zoekfilter(medewerker, MONITORING_ZOEKEN, "m.overdracht_id"),
                uitgevoerd(status),
                datum("geplandTot", geplandTot), Optional.ofNullable(pagina).filter(p -> !p.isBlank()),
                Cursor.grootte(paginaGrootte));
        Pagina<Monitoringmoment> gevonden = dienst.zoek(vraag);
        poort.registreerLijst(medewerker, MONITORING_ZOEKEN, gevonden.items().stream()
                .map(m -> new Toegangspoort.Vermelding(new Bron(OVERDRACHT, m.overdrachtId()), List.of())).toList(),
                Doel.MONITORING);
        return gevonden;
    }

    /** Counts over the same moments the caller may list, optionally by planned date; no personal data. */
    public Kengetallen kengetallen(Medewerker medewerker, String vanaf, String tot) {
        SqlPredicaat filter = toegang.zoekfilter(medewerker, MONITORING_KENGETALLEN, "m.overdracht_id");
        Optional<LocalDate> van = datum("vanaf", vanaf);
        Optional<LocalDate> totEnMet = datum("tot", tot);
        if (van.isPresent() && totEnMet.isPresent() && totEnMet.get().isBefore(van.get())) {
            throw new ValidatieFout("API-002", "De periode eindigt voor zij begint.",
                    List.of(new OngeldigeParameter("tot", "Op of na 'vanaf'.")));
        }
        Kengetallen kengetallen = new Kengetallen(dienst.kengetallen(filter, van, totEnMet), van, totEnMet);
        poort.registreer(medewerker, MONITORING_KENGETALLEN, Optional.empty(), List.of(), Doel.MONITORING);
        return kengetallen;
    }

    /** The same answer as for an overdracht that does not exist or that the caller has no grant on. */
    public static NietGevondenFout nietGevonden() {
        return new NietGevondenFout(OverdrachtDienst.NIET_GEVONDEN, "Deze overdracht bestaat niet.");
    }

    /** Read after the access decision, so a malformed id tells an outsider nothing the gate would not. */
    private static UUID momentId(String id) {
        return Ids.uitPad(id, () -> new NietGevondenFout(MonitoringDienst.NIET_GEVONDEN, "Dit monitoringmoment bestaat niet."));
    }

    private Beslissing beslis(Medewerker medewerker, UUID overdrachtId, OverdrachtHandeling handeling) {
        return poort.beslis(medewerker, new Bron(OVERDRACHT, overdrachtId), handeling, Monitoringzaken::nietGevonden);
    }

    /** The scores concern the family: the logboek names the overdracht's betrokkenen. */
    private List<UUID> betrokkenen(UUID overdrachtId) {
        return Overdrachtzaken.betrokkenen(overdrachten.overdracht(overdrachtId).inhoud());
    }

    private static Optional<Boolean> uitgevoerd(String lijst) {
        if (lijst == null || lijst.isBlank()) {
            return Optional.empty();
        }
        Set<String> statussen = new LinkedHashSet<>();
        for (String naam : lijst.split(",")) {
            String status = naam.strip();
            if (!status.equals("GEPLAND") && !status.equals("UITGEVOERD")) {
                throw new ValidatieFout("API-002", "Onbekende status.",
                        List.of(new OngeldigeParameter("status", "GEPLAND, UITGEVOERD of beide (kommagescheiden).")));
            }
            statussen.add(status);
        }
        return statussen.size() == 2 ? Optional.empty() : Optional.of(statussen.contains("UITGEVOERD"));
    }

    private static Optional<LocalDate> datum(String naam, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(waarde.strip()));
        } catch (DateTimeParseException e) {
            throw new ValidatieFout("API-002", "Een datum is ongeldig.",
                    List.of(new OngeldigeParameter(naam, "Een datum als JJJJ-MM-DD, bijvoorbeeld 2027-03-01.")));
        }
    }
}
