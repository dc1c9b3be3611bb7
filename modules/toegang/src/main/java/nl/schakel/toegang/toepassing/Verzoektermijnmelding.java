package nl.schakel.toegang.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.schakel.gedeeld.gebeurtenis.Gebeurtenis;
import nl.schakel.gedeeld.gebeurtenis.GebeurtenisSchrijver;
import nl.schakel.gedeeld.gebeurtenis.Onderwerp;
import nl.schakel.toegang.domein.verzoek.Termijn;
import nl.schakel.toegang.infrastructuur.VerzoekRepository;

/**
 * Escalation of a request of a data subject past its due date: for every unfinished request whose due date has passed
 * with a part still open, one data-poor event {@value #TYPE} on the shared outbox, to the organisations whose part is
 * open and to the contact point (the routes turn it into a mail to their functional mailboxes: "Er staat een verzoek van
 * een betrokkene open dat over de termijn is; zie Schakel"). Ids and organisation codes only. Once per request: the job
 * claims it ({@code toegang.verzoek.termijnmelding_op}, V7) in the transaction that writes the event, under a
 * transaction-level advisory lock so two nodes running the daily job do not both work; a failed run claims nothing.
 * An answered part's organisation gets nothing; a request whose every part is answered, or that is finished, none.
 * <p>
 * Run daily by the platform's timer ({@code web.termijn.VerzoektermijnmeldingTimer}).
 */
@ApplicationScoped
public class Verzoektermijnmelding {

    public static final String TYPE = "nl.schakel.verzoeken.termijn-verstreken";
    public static final String BRON = "urn:nl:schakel:verzoeken";
    /** A bounded batch per transaction; a backlog is worked off in the next runs. */
    static final int PER_RONDE = 100;

    @Inject
    VerzoekRepository verzoeken;

    @Inject
    GebeurtenisSchrijver gebeurtenissen;

    Clock klok = Clock.systemUTC();

    protected Verzoektermijnmelding() {}

    /** Outside a container (tests): the caller runs the transaction; both share its connection. */
    public Verzoektermijnmelding(VerzoekRepository verzoeken, GebeurtenisSchrijver gebeurtenissen, Clock klok) {
        this.verzoeken = verzoeken;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    /** Notifies every overdue request not notified yet; returns how many in this run. */
    @Transactional
    public int meld() {
        verzoeken.vergrendelTermijnmelding();
        Instant nu = Instant.now(klok);
        LocalDate vandaag = LocalDate.ofInstant(nu, Termijn.NEDERLAND);
        List<Gebeurtenis> meldingen = new ArrayList<>();
        for (VerzoekRepository.Termijnmelding m : verzoeken.claimTermijnmeldingen(vandaag, nu, PER_RONDE)) {
            Set<String> ontvangers = new LinkedHashSet<>(m.teLaat());
            ontvangers.add(m.contactpunt());
            meldingen.add(Gebeurtenis.nieuw(TYPE, BRON, new Onderwerp("VERZOEK", m.verzoekId(), "/verzoeken/" + m.verzoekId()),
                    List.copyOf(ontvangers), List.of(m.contactpunt()), nu));
        }
        // the events last: the feed's numbering lock is held from the first insert to the commit
        gebeurtenissen.legVast(meldingen);
        return meldingen.size();
    }
}
