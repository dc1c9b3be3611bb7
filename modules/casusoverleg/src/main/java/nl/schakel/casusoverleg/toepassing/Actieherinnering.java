package nl.schakel.casusoverleg.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.schakel.casusoverleg.infrastructuur.ActieRepository;
import nl.schakel.gedeeld.kalender.Werkdagkalender;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reminder "action due in N working days": writes the data-poor event {@code nl.schakel.casusoverleg.actie-verloopt}
 * to the feed for every open action whose date is at most N Dutch working days away ({@link Werkdagkalender#NEDERLAND},
 * the calendar of every term in Schakel; N is {@value #WERKDAGEN}, default 2), to the action's owner organisation only,
 * once per action. Once is kept in the database, not in memory: the job claims each action (its {@code herinnerd_op},
 * V6) in the transaction that writes the event, so two nodes running it at the same moment, a run after a restart, or
 * the next run find it claimed; a run that fails claims nothing. An action due today is still reminded (a run was
 * missed, or it was given late); one past its date is not (it is overdue, "Mijn werk" says so); a closed one never.
 * <p>
 * Run every quarter of an hour by the platform's timer ({@code web.termijn.ActieherinneringTimer}); the event carries
 * ids only, the routes turn it into a webhook and a mail without personal data.
 */
@ApplicationScoped
public class Actieherinnering {

    public static final String WERKDAGEN = "schakel.casusoverleg.actieherinnering-werkdagen";
    /** A bounded batch per transaction; a backlog is worked off in the next runs. */
    static final int PER_RONDE = 200;
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    @Inject
    ActieRepository acties;

    @Inject
    Casusoverleggebeurtenissen gebeurtenissen;

    @Inject
    @ConfigProperty(name = WERKDAGEN, defaultValue = "2")
    int werkdagen;

    Clock klok = Clock.systemUTC();

    protected Actieherinnering() {}

    /** Outside a container (tests): the caller runs the transaction. */
    public Actieherinnering(ActieRepository acties, Casusoverleggebeurtenissen gebeurtenissen, int werkdagen, Clock klok) {
        this.acties = acties;
        this.gebeurtenissen = gebeurtenissen;
        this.werkdagen = werkdagen;
        this.klok = klok;
    }

    /** Reminds every action due within the term that was not reminded yet; returns how many in this run. */
    @Transactional
    public int herinner() {
        if (werkdagen < 0 || werkdagen > 20) {
            throw new IllegalStateException(WERKDAGEN + " is 0 tot en met 20 werkdagen, niet " + werkdagen);
        }
        Instant nu = Instant.now(klok);
        LocalDate vandaag = LocalDate.ofInstant(nu, NEDERLAND);
        LocalDate tot = Werkdagkalender.NEDERLAND.plusWerkdagen(vandaag, werkdagen);
        List<ActieRepository.Teherinneren> geclaimd = acties.claimTeHerinneren(vandaag, tot, nu, PER_RONDE);
        // the events last: the feed's numbering lock is held from the first insert to the commit
        geclaimd.forEach(actie -> gebeurtenissen.actieVerloopt(actie.actieId(), actie.eigenaar()));
        return geclaimd.size();
    }
}
