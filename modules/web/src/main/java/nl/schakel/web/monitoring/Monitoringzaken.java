package nl.schakel.web.monitoring;

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
import nl.schakel.overdracht.toepassing.MonitoringDienst;
import nl.schakel.overdracht.toepassing.MonitoringZoekvraag;
import nl.schakel.overdracht.domein.monitoring.Monitoringmoment;
import nl.schakel.overdracht.toepassing.OverdrachtDienst;
import nl.schakel.gedeeld.sql.SqlPredicaat;
import nl.schakel.toegang.domein.Beslissing;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.ToegangReden;
import nl.schakel.toegang.toepassing.Toegangspoort;
import nl.schakel.toegang.infrastructuur.Zichtbaarheid;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import nl.schakel.web.api.Ids;
import nl.schakel.web.api.Versie;

/**
 * The monitoring use cases as the API offers them, one transaction each. Monitoring is Veilig Thuis's own task
 * after an overdracht (Wmo 2015, hoofdstuk 4), so it rests on the owner's grant on the overdracht: the policy's
 * {@code monitoring.*} rules name the reason EIGENAAR. The receiving wijkteam has a grant but not that reason
 * (403 TGN-002); an organisation without a grant does not see the overdracht at all (404, as for the overdracht).
 */
@ApplicationScoped
@Transactional
public class Monitoringzaken {

    static final String LEZEN = "monitoring.lezen";
    static final String ZOEKEN = "monitoring.zoeken";
    static final String VASTLEGGEN = "monitoring.vastleggen";
    static final String KENGETALLEN = "monitoring.kengetallen";
    private static final String BRONTYPE = "OVERDRACHT";

    @Inject
    Toegangspoort poort;

    @Inject
    Toegangsbeleid beleid;

    @Inject
    MonitoringDienst dienst;

    @Inject
    OverdrachtDienst overdrachten;

    Clock klok = Clock.systemUTC();

    /** The moments of one overdracht, 3 months first; empty until it is accepted. */
    public List<MonitoringmomentJson> momenten(Medewerker medewerker, UUID overdrachtId) {
        Beslissing beslissing = beslis(medewerker, overdrachtId, LEZEN);
        List<Monitoringmoment> momenten = dienst.momenten(overdrachtId);
        boolean scoresGetoond = momenten.stream().anyMatch(Monitoringmoment::isUitgevoerd);
        poort.registreer(beslissing, scoresGetoond ? betrokkenen(overdrachtId) : List.of());
        LocalDate vandaag = dienst.vandaag();
        return momenten.stream()
                .map(m -> MonitoringmomentJson.van(m, beslissing.categorieen(), dienst.planning(), vandaag))
                .toList();
    }

    /** Records the two scores of a moment; If-Match with the moment's version. */
    public MonitoringmomentJson legVast(Medewerker medewerker, UUID overdrachtId, String momentId, String ifMatch,
            ScoresJson scores) {
        Beslissing beslissing = beslis(medewerker, overdrachtId, VASTLEGGEN);
        int versie = Versie.uitIfMatch(ifMatch);
        Monitoringmoment moment = dienst.legVast(overdrachtId, momentId(momentId), versie,
                scores == null ? null : scores.scoreDirectbetrokkene(),
                scores == null ? null : scores.scoreProfessional(), medewerker);
        poort.registreer(beslissing, betrokkenen(overdrachtId));
        return MonitoringmomentJson.van(moment, beslissing.categorieen(), dienst.planning(), dienst.vandaag());
    }

    /**
     * The caller's moments across overdrachten, filtered in SQL over the caller's live grants with the reasons the
     * policy names; earliest planned first. One logboek row per listed moment, on its overdracht.
     */
    public Pagina<MonitoringmomentSamenvattingJson> zoek(Medewerker medewerker, String status, String geplandTot,
            String pagina, Integer paginaGrootte) {
        poort.vereisRol(medewerker, ZOEKEN, Optional.empty());
        MonitoringZoekvraag vraag = new MonitoringZoekvraag(predicaat(medewerker, ZOEKEN), uitgevoerd(status),
                datum("geplandTot", geplandTot), Optional.ofNullable(pagina).filter(p -> !p.isBlank()),
                Cursor.grootte(paginaGrootte));
        Pagina<Monitoringmoment> gevonden = dienst.zoek(vraag);
        for (Monitoringmoment moment : gevonden.items()) {
            poort.registreer(medewerker, ZOEKEN, Optional.of(new Bron(BRONTYPE, moment.overdrachtId())), List.of(),
                    Doel.MONITORING);
        }
        LocalDate vandaag = dienst.vandaag();
        return new Pagina<>(gevonden.items().stream()
                .map(m -> MonitoringmomentSamenvattingJson.van(m, dienst.planning(), vandaag)).toList(), gevonden.volgende());
    }

    /** Counts over the same moments the caller may list, optionally by planned date; no personal data. */
    public KengetallenJson kengetallen(Medewerker medewerker, String vanaf, String tot) {
        poort.vereisRol(medewerker, KENGETALLEN, Optional.empty());
        Optional<LocalDate> van = datum("vanaf", vanaf);
        Optional<LocalDate> totEnMet = datum("tot", tot);
        if (van.isPresent() && totEnMet.isPresent() && totEnMet.get().isBefore(van.get())) {
            throw new ValidatieFout("API-002", "De periode eindigt voor zij begint.",
                    List.of(new OngeldigeParameter("tot", "Op of na 'vanaf'.")));
        }
        KengetallenJson kengetallen = KengetallenJson.van(
                dienst.kengetallen(predicaat(medewerker, KENGETALLEN), van, totEnMet), van.orElse(null), totEnMet.orElse(null));
        poort.registreer(medewerker, KENGETALLEN, Optional.empty(), List.of(), Doel.MONITORING);
        return kengetallen;
    }

    /** The same answer as for an overdracht that does not exist or that the caller has no grant on. */
    static NietGevondenFout nietGevonden() {
        return new NietGevondenFout(OverdrachtDienst.NIET_GEVONDEN, "Deze overdracht bestaat niet.");
    }

    /** Read after the access decision, so a malformed id tells an outsider nothing the gate would not. */
    private static UUID momentId(String id) {
        return Ids.uitPad(id, () -> new NietGevondenFout(MonitoringDienst.NIET_GEVONDEN, "Dit monitoringmoment bestaat niet."));
    }

    private Beslissing beslis(Medewerker medewerker, UUID overdrachtId, String handeling) {
        return poort.beslis(medewerker, new Bron(BRONTYPE, overdrachtId), handeling, Monitoringzaken::nietGevonden);
    }

    private SqlPredicaat predicaat(Medewerker medewerker, String handeling) {
        Set<ToegangReden> redenen = beleid.regel(handeling).orElseThrow().redenen();
        Zichtbaarheid zichtbaarheid = new Zichtbaarheid(BRONTYPE, medewerker, redenen, Instant.now(klok));
        return new SqlPredicaat(zichtbaarheid.sql("m.overdracht_id"), zichtbaarheid.parameters());
    }

    /** The scores concern the family: the logboek names the overdracht's betrokkenen. */
    private List<UUID> betrokkenen(UUID overdrachtId) {
        Overdracht overdracht = overdrachten.overdracht(overdrachtId);
        List<UUID> ids = new ArrayList<>();
        overdracht.inhoud().betrokkenenOfLeeg().forEach(b -> {
            if (b != null && b.id() != null) {
                ids.add(b.id());
            }
        });
        return ids;
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
