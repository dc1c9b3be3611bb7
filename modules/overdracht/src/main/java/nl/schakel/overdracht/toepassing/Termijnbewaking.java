package nl.schakel.overdracht.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.schakel.gedeeld.gebeurtenis.GebeurtenisSchrijver;
import nl.schakel.overdracht.domein.Overdracht;
import nl.schakel.overdracht.domein.OverdrachtGebeurtenis;
import nl.schakel.overdracht.domein.Termijnen;
import nl.schakel.overdracht.domein.Uitvoerder;
import nl.schakel.overdracht.infrastructuur.OverdrachtRepository;

/**
 * The term watcher: escalates every overdracht past its acceptance deadline to the sender's teamleider, once, with an
 * event on the feed so the receiver's system learns of it too. Run every few minutes by the platform's timer and on
 * request by the functioneel beheerder; running it twice changes nothing the second time.
 */
@ApplicationScoped
public class Termijnbewaking {

    /** Recorded as who changed the overdracht (its version row): the platform itself, for the owner. */
    static final String SYSTEEM = "systeem:termijnbewaking";
    static final String SYSTEEMNAAM = "Schakel (termijnbewaking)";
    /** A bounded batch per transaction; a backlog is worked off in the next runs. */
    static final int PER_RONDE = 200;

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    @Inject
    OverdrachtRepository repository;

    @Inject
    GebeurtenisSchrijver gebeurtenissen;

    @Inject
    Termijnen termijnen;

    Clock klok = Clock.systemUTC();

    protected Termijnbewaking() {}

    /** Outside a container (tests): the caller runs the transaction. */
    public Termijnbewaking(OverdrachtRepository repository, GebeurtenisSchrijver gebeurtenissen, Termijnen termijnen,
            Clock klok) {
        this.repository = repository;
        this.gebeurtenissen = gebeurtenissen;
        this.termijnen = termijnen;
        this.klok = klok;
    }

    /** Escalates what is overdue now; returns how many were escalated in this run. */
    @Transactional
    public int schaalOp() {
        Instant nu = Instant.now(klok);
        List<Overdracht> opgeschaald = new ArrayList<>();
        for (Overdracht overdracht : repository.teBewaken(verzondenVoor(nu), PER_RONDE)) {
            if (overdracht.schaalOp(termijnen, nu)) {
                repository.bewaarWijziging(overdracht,
                        new Uitvoerder(SYSTEEM, SYSTEEMNAAM, overdracht.eigenaarOrganisatie()));
                opgeschaald.add(overdracht);
            }
        }
        // the events last, together: the feed's numbering lock is held from the first insert to the commit
        gebeurtenissen.legVast(opgeschaald.stream().map(OverdrachtGebeurtenis::opschaling).toList());
        return opgeschaald.size();
    }

    /**
     * The start of the first sending day that is not yet overdue today: everything sent before it is past its
     * deadline (the deadline grows with the sending day, so one boundary separates overdue from in time). Only a
     * pre-selection for the query; each overdracht is checked against the calendar itself.
     */
    OffsetDateTime verzondenVoor(Instant nu) {
        LocalDate vandaag = nu.atZone(NEDERLAND).toLocalDate();
        LocalDate dag = vandaag;
        while (!termijnen.kalender().plusWerkdagen(dag, termijnen.acceptatieWerkdagen()).isBefore(vandaag)) {
            dag = dag.minusDays(1);
        }
        return dag.plusDays(1).atStartOfDay(NEDERLAND).toOffsetDateTime();
    }
}
