package nl.schakel.overdracht.toepassing;

import nl.schakel.overdracht.domein.monitoring.Monitoringmoment;
import nl.schakel.overdracht.infrastructuur.MonitoringmomentRepository;
import nl.schakel.overdracht.domein.monitoring.Monitoringplanning;
import nl.schakel.overdracht.domein.monitoring.Scoretelling;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.gedeeld.fout.NietGevondenFout;
import nl.schakel.gedeeld.fout.VersieConflictFout;
import nl.schakel.gedeeld.pagina.Pagina;
import nl.schakel.overdracht.domein.Overdracht;
import nl.schakel.overdracht.domein.OverdrachtStatus;
import nl.schakel.overdracht.domein.Uitvoerder;
import nl.schakel.gedeeld.sql.SqlPredicaat;
import nl.schakel.toegang.domein.Medewerker;

/**
 * The monitoring use cases, called by the boundary after the access decision; each joins the caller's transaction
 * (planning joins the acceptance's, so an accepted overdracht never lacks its moments).
 */
@ApplicationScoped
@Transactional
public class MonitoringDienst {

    public static final String NIET_GEVONDEN = "MON-404";

    @Inject
    MonitoringmomentRepository repository;

    Monitoringplanning planning = Monitoringplanning.nederland();

    Clock klok = Clock.systemUTC();

    protected MonitoringDienst() {}

    /** Outside a container (tests, tools): the caller runs the transaction. */
    public MonitoringDienst(MonitoringmomentRepository repository, Clock klok) {
        this.repository = repository;
        this.klok = klok;
    }

    /** The moments at 3 and 12 months for the owner, counted from the acceptance (its last change). */
    public List<Monitoringmoment> planIn(Overdracht geaccepteerd) {
        if (geaccepteerd.status() != OverdrachtStatus.GEACCEPTEERD) {
            throw new IllegalStateException("monitoring volgt alleen op een acceptatie, niet op " + geaccepteerd.status());
        }
        List<Monitoringmoment> momenten = new ArrayList<>();
        for (int maanden : Monitoringplanning.MAANDEN) {
            Monitoringmoment moment = Monitoringmoment.plan(geaccepteerd.id(), geaccepteerd.eigenaarOrganisatie(), maanden,
                    geaccepteerd.laatstGewijzigd(), planning);
            repository.voegToe(moment);
            momenten.add(moment);
        }
        return momenten;
    }

    public List<Monitoringmoment> momenten(UUID overdrachtId) {
        return repository.vanOverdracht(overdrachtId);
    }

    /** Records the scores of one moment of this overdracht, at the version the caller last saw. */
    public Monitoringmoment legVast(UUID overdrachtId, UUID momentId, int verwachteVersie, Integer directbetrokkene,
            Integer professional, Medewerker door) {
        Monitoringmoment moment = repository.moment(momentId)
                .filter(m -> m.overdrachtId().equals(overdrachtId))
                .orElseThrow(MonitoringDienst::nietGevonden);
        if (moment.versie() != verwachteVersie) {
            throw new VersieConflictFout("API-412",
                    "Het monitoringmoment is intussen gewijzigd (versie " + moment.versie() + "); haal het opnieuw op.");
        }
        moment.legVast(directbetrokkene, professional, Uitvoerder.van(door), nu());
        repository.bewaarWijziging();
        return moment;
    }

    public Pagina<Monitoringmoment> zoek(MonitoringZoekvraag vraag) {
        return Pagina.uit(repository.zoek(vraag), vraag.grootte(), MonitoringZoekvraag.Positie::cursor);
    }

    /** Per kind (3, then 12 months; a kind without recorded moments counts zero) and the total last. */
    public List<Scoretelling> kengetallen(SqlPredicaat toegang, Optional<LocalDate> vanaf, Optional<LocalDate> tot) {
        List<Scoretelling> gevonden = repository.tel(toegang, vanaf, tot);
        List<Scoretelling> perMoment = new ArrayList<>();
        for (int maanden : Monitoringplanning.MAANDEN) {
            perMoment.add(gevonden.stream().filter(t -> t.maanden().equals(Optional.of(maanden))).findFirst()
                    .orElse(Scoretelling.leeg(maanden)));
        }
        List<Scoretelling> alles = new ArrayList<>(perMoment);
        alles.add(Scoretelling.totaal(perMoment));
        return alles;
    }

    public Monitoringplanning planning() {
        return planning;
    }

    public LocalDate vandaag() {
        return nu().atZone(Monitoringplanning.NEDERLAND).toLocalDate();
    }

    private Instant nu() {
        return Instant.now(klok);
    }

    private static NietGevondenFout nietGevonden() {
        return new NietGevondenFout(NIET_GEVONDEN, "Dit monitoringmoment bestaat niet.");
    }
}
