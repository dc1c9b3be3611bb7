package nl.schakel.overdracht.domein;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.gedeeld.gebeurtenis.Gebeurtenis;
import nl.schakel.gedeeld.gebeurtenis.Onderwerp;

/**
 * Which events of an overdracht the outside world learns of (the feed behind {@code GET /gebeurtenissen}), as
 * events of the shared outbox: which overdracht, what happened, between the owner and the receiver, when. This flow
 * decides which ones happen; the shared {@link nl.schakel.gedeeld.gebeurtenis.GebeurtenisSchrijver} stores them in
 * the change's own transaction. Holds nothing about the people in the case.
 */
public final class OverdrachtGebeurtenis {

    /** The CloudEvents {@code source} of every overdracht event (docs/afspraken-tussen-onderdelen.md, "Event feed"). */
    public static final String BRON = "urn:nl:schakel:overdracht";
    /** The kind of resource, as toegang and the logboek name it. */
    public static final String ONDERWERPTYPE = "OVERDRACHT";

    private OverdrachtGebeurtenis() {}

    /**
     * The event for the overdracht's last transition, from status {@code voor}; its moment is the change's own. None
     * when the status did not change, for a new concept, and for a concept withdrawn before it was ever sent (nobody
     * outside the owner knew of it: there is no receiver to tell).
     */
    public static Optional<Gebeurtenis> na(OverdrachtStatus voor, Overdracht overdracht) {
        if (overdracht.status() == voor || overdracht.ontvangendeOrganisatie().isEmpty()) {
            return Optional.empty();
        }
        return GebeurtenisType.bij(overdracht.status()).map(type -> van(type, overdracht));
    }

    /** The escalation of a sent overdracht past its acceptance deadline ({@link Overdracht#schaalOp}). */
    public static Gebeurtenis opschaling(Overdracht overdracht) {
        return van(GebeurtenisType.OPGESCHAALD, overdracht);
    }

    /** The overdracht's address below the API base, {@code /overdrachten/<id>}. */
    public static Onderwerp onderwerp(UUID overdrachtId) {
        return new Onderwerp(ONDERWERPTYPE, overdrachtId, "/overdrachten/" + overdrachtId);
    }

    /** Exactly one receiver and one owner: an overdracht goes from one organisation to one other. */
    private static Gebeurtenis van(GebeurtenisType type, Overdracht overdracht) {
        return Gebeurtenis.nieuw(type.type(), BRON, onderwerp(overdracht.id()),
                List.of(overdracht.ontvangendeOrganisatie().orElseThrow()), List.of(overdracht.eigenaarOrganisatie()),
                overdracht.laatstGewijzigd());
    }
}
