package nl.schakel.casusoverleg.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Aanmelding;
import nl.schakel.casusoverleg.domein.Actie;
import nl.schakel.casusoverleg.domein.Overleg;
import nl.schakel.casusoverleg.domein.Overlegtafel;
import nl.schakel.casusoverleg.toepassing.Casusoverleggebeurtenissen;
import nl.schakel.gedeeld.gebeurtenis.Gebeurtenis;
import nl.schakel.gedeeld.gebeurtenis.GebeurtenisSchrijver;
import nl.schakel.gedeeld.gebeurtenis.Onderwerp;

/**
 * The casusoverleg's events on the shared outbox ({@code gebeurtenis.gebeurtenis}), in the change's own transaction:
 * data-poor, ids and organisation codes only, the subject the resource's address below the API base (a receiver
 * fetches it with its own token, so what it sees is decided there). Receivers are the organisations the change is
 * about (the invitee, the action's owner, the items' invitees and the aanmelder); owners the meeting's organiser and
 * chair (the table's organiser for an aanmelding). No receiver, no event: a changed agenda nobody is invited to yet
 * concerns no partner.
 */
@ApplicationScoped
public class CasusoverlegGebeurtenissen implements Casusoverleggebeurtenissen {

    /** The CloudEvents {@code source} of every casusoverleg event. */
    public static final String BRON = "urn:nl:schakel:casusoverleg";
    static final String TYPE = "nl.schakel.casusoverleg.";

    @Inject
    GebeurtenisSchrijver schrijver;

    @Inject
    OverlegRepository overleggen;

    @Inject
    AanmeldingRepository aanmeldingen;

    @Inject
    OverlegtafelRepository tafels;

    @Inject
    ActieRepository acties;

    Clock klok = Clock.systemUTC();

    protected CasusoverlegGebeurtenissen() {}

    /** Outside a container (tests): the writer's connections take part in the caller's transaction. */
    public CasusoverlegGebeurtenissen(GebeurtenisSchrijver schrijver, OverlegRepository overleggen, AanmeldingRepository aanmeldingen,
            OverlegtafelRepository tafels, ActieRepository acties, Clock klok) {
        this.schrijver = schrijver;
        this.overleggen = overleggen;
        this.aanmeldingen = aanmeldingen;
        this.tafels = tafels;
        this.acties = acties;
        this.klok = klok;
    }

    @Override
    public void uitgenodigd(UUID agendapuntId, String organisatie) {
        Overleg overleg = overleggen.overleg(overleggen.overlegVan(agendapuntId).orElseThrow()).orElseThrow();
        leg("uitgenodigd", new Onderwerp("AGENDAPUNT", agendapuntId, "/agendapunten/" + agendapuntId), Set.of(organisatie),
                eigenaren(overleg));
    }

    @Override
    public void agendaGewijzigd(UUID overlegId, Set<String> ontvangers) {
        Overleg overleg = overleggen.overleg(overlegId).orElseThrow();
        leg("agenda-gewijzigd", new Onderwerp("OVERLEG", overlegId, "/casusoverleggen/" + overlegId), ontvangers, eigenaren(overleg));
    }

    @Override
    public void afgeschaald(UUID aanmeldingId, Set<String> ontvangers) {
        Aanmelding aanmelding = aanmeldingen.aanmelding(aanmeldingId).orElseThrow();
        Set<String> allen = new LinkedHashSet<>(ontvangers);
        allen.add(aanmelding.aanmeldendeOrganisatie());
        String organisator = tafels.tafel(aanmelding.overlegtafelId()).map(Overlegtafel::organisatorOrganisatie).orElseThrow();
        allen.remove(organisator);
        leg("afgeschaald", new Onderwerp("AANMELDING", aanmeldingId, "/aanmeldingen/" + aanmeldingId), allen, Set.of(organisator));
    }

    @Override
    public void actieToegewezen(UUID actieId, String eigenaar) {
        Actie actie = acties.actie(actieId).orElseThrow();
        leg("actie-toegewezen", new Onderwerp("ACTIE", actieId, "/acties/" + actieId), Set.of(eigenaar),
                eigenaren(overleggen.overleg(actie.overlegId()).orElseThrow()));
    }

    /** To the owner only: it is its action; the organiser and chair are the resource's owners, as for the assignment. */
    @Override
    public void actieVerloopt(UUID actieId, String eigenaar) {
        Actie actie = acties.actie(actieId).orElseThrow();
        leg("actie-verloopt", new Onderwerp("ACTIE", actieId, "/acties/" + actieId), Set.of(eigenaar),
                eigenaren(overleggen.overleg(actie.overlegId()).orElseThrow()));
    }

    private void leg(String wat, Onderwerp onderwerp, Set<String> ontvangers, Set<String> eigenaren) {
        if (ontvangers.isEmpty()) {
            return;
        }
        schrijver.legVast(Gebeurtenis.nieuw(TYPE + wat, BRON, onderwerp, List.copyOf(new LinkedHashSet<>(ontvangers)),
                List.copyOf(eigenaren), Instant.now(klok)));
    }

    private static Set<String> eigenaren(Overleg overleg) {
        Set<String> eigenaren = new LinkedHashSet<>();
        eigenaren.add(overleg.organisatorOrganisatie());
        eigenaren.add(overleg.voorzitterOrganisatie());
        return eigenaren;
    }
}
