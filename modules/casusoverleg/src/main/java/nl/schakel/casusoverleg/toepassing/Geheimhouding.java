package nl.schakel.casusoverleg.toepassing;

import static nl.schakel.casusoverleg.domein.CasusoverlegHandeling.GEHEIMHOUDING_BEVESTIGEN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.GeheimhoudingNietBevestigd;
import nl.schakel.casusoverleg.domein.Overleg;
import nl.schakel.casusoverleg.infrastructuur.GeheimhoudingRepository;
import nl.schakel.casusoverleg.infrastructuur.OverlegRepository;
import nl.schakel.toegang.domein.Beslissing;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.toepassing.Toegangsdienst;
import nl.schakel.toegang.toepassing.Toegangspoort;

/**
 * The confidentiality statement, once per meeting per person (not per organisation: each person promises for
 * themselves). Until the caller confirmed it, the content of the meeting's items stays closed: the item itself, another
 * organisation's inbreng and the verslag answer 403 CSO-020, logged as a refusal. Lists, the meeting's summary and the
 * caller's own inbreng do not need it: they show nothing another partner brought.
 */
@ApplicationScoped
@Transactional
public class Geheimhouding {

    @Inject
    Toegangspoort poort;

    @Inject
    Toegangsdienst toegang;

    @Inject
    OverlegRepository overleggen;

    @Inject
    GeheimhoudingRepository verklaringen;

    @Inject
    Casusbronnen bronnen;

    Clock klok = Clock.systemUTC();

    /**
     * Confirms the statement for the caller. Allowed to anyone who sits at the meeting: its owners (decided on the
     * meeting) and each invited partner (decided on an item its grants open, the first in agenda order). Anyone else
     * gets the same 404 as for a missing meeting. A second confirmation keeps the first moment.
     */
    public Bevestiging bevestig(Medewerker medewerker, UUID overlegId) {
        Beslissing beslissing = poort.beslis(medewerker, bron(medewerker, overlegId), GEHEIMHOUDING_BEVESTIGEN,
                () -> Casusbronnen.nietGevonden("Dit overleg"));
        boolean nieuw = verklaringen.legVast(overlegId, medewerker.id(), medewerker.organisatieCode().orElseThrow(), nu());
        Instant op = verklaringen.bevestigdOp(overlegId, medewerker.id()).orElseThrow();
        poort.registreer(beslissing, List.of());
        return new Bevestiging(overlegId, op, nieuw);
    }

    public boolean isBevestigd(Medewerker medewerker, UUID overlegId) {
        return verklaringen.bevestigdOp(overlegId, medewerker.id()).isPresent();
    }

    /** Of these meetings, the ones the caller confirmed. */
    public Set<UUID> bevestigd(Medewerker medewerker, Collection<UUID> overlegIds) {
        return verklaringen.bevestigd(medewerker.id(), overlegIds);
    }

    /**
     * After the gate allowed {@code beslissing}: refuses (403 CSO-020, logged with the decision's action and resource)
     * when the caller has not confirmed the statement of the meeting {@code overlegId}.
     */
    public void vereis(Beslissing beslissing, UUID overlegId) {
        if (!isBevestigd(beslissing.medewerker(), overlegId)) {
            throw poort.weiger(beslissing.medewerker(), beslissing.handeling(), Optional.of(beslissing.bron()),
                    new GeheimhoudingNietBevestigd(overlegId));
        }
    }

    /**
     * The resource the confirmation is decided on. The owners' organisations (known from the meeting, which is not
     * shown before the decision) on the meeting; anyone else on the first item its grants open, found with the same
     * filter as "Mijn agendapunten". No such item: the meeting, which then refuses with a logged 404.
     */
    private Bron bron(Medewerker medewerker, UUID overlegId) {
        String organisatie = medewerker.organisatieCode().orElse("");
        boolean eigenaar = overleggen.overleg(overlegId).map(o -> isEigenaar(o, organisatie)).orElse(false);
        if (eigenaar) {
            return bronnen.overleg(overlegId);
        }
        return overleggen.eersteAgendapunt(overlegId, toegang.zoekfilter(medewerker, GEHEIMHOUDING_BEVESTIGEN, "a.id", "a.overleg_id"))
                .map(bronnen::agendapunt).orElseGet(() -> bronnen.overleg(overlegId));
    }

    private static boolean isEigenaar(Overleg overleg, String organisatie) {
        return organisatie.equals(overleg.organisatorOrganisatie()) || organisatie.equals(overleg.voorzitterOrganisatie());
    }

    private Instant nu() {
        return Instant.now(klok);
    }

    /** A confirmation: when, and whether this call made it. */
    public record Bevestiging(UUID overlegId, Instant bevestigdOp, boolean nieuw) {}
}
