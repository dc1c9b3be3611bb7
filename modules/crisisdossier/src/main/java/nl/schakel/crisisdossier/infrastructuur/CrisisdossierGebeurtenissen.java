package nl.schakel.crisisdossier.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.schakel.crisisdossier.domein.Crisisdossier;
import nl.schakel.gedeeld.gebeurtenis.Gebeurtenis;
import nl.schakel.gedeeld.gebeurtenis.GebeurtenisSchrijver;
import nl.schakel.gedeeld.gebeurtenis.Onderwerp;

/**
 * The crisisdossier's events on the shared outbox, in the change's own transaction: ids and organisation codes only,
 * the subject the file's address below the API base (a partner fetches it with its own token). Receivers: every
 * co-owner except the one that acted; owners: the initiator. A screening request goes to Filomena alone.
 */
@ApplicationScoped
public class CrisisdossierGebeurtenissen {

    /** The CloudEvents {@code source} of every crisisdossier event. */
    public static final String BRON = "urn:nl:schakel:crisisdossier";
    static final String TYPE = "nl.schakel.crisisdossier.";

    @Inject
    GebeurtenisSchrijver schrijver;

    Clock klok = Clock.systemUTC();

    /** The chosen partners hear that a file was started with them. */
    public void gestart(Crisisdossier dossier) {
        leg("gestart", dossier, dossier.initiatiefnemer());
    }

    /** Every other co-owner hears that the file was closed: their grants ended. */
    public void gesloten(Crisisdossier dossier, String door) {
        leg("gesloten", dossier, door);
    }

    /**
     * Filomena's one-stop team hears that a screening was asked of it: the file is the subject (its screen lists the
     * request), Filomena the only receiver, the asking organisation the owner. Never the question.
     */
    public void screeningGevraagd(Crisisdossier dossier, String uitvoerder, String aanvrager) {
        if (uitvoerder.equals(aanvrager)) {
            return;
        }
        schrijver.legVast(Gebeurtenis.nieuw(TYPE + "screening-gevraagd", BRON, new Onderwerp("CRISISDOSSIER", dossier.id(),
                "/crisisdossiers/" + dossier.id()), List.of(uitvoerder), List.of(aanvrager), Instant.now(klok)));
    }

    private void leg(String wat, Crisisdossier dossier, String behalve) {
        Set<String> ontvangers = new LinkedHashSet<>(dossier.partners());
        ontvangers.remove(behalve);
        if (ontvangers.isEmpty()) {
            return;
        }
        schrijver.legVast(Gebeurtenis.nieuw(TYPE + wat, BRON, new Onderwerp("CRISISDOSSIER", dossier.id(),
                "/crisisdossiers/" + dossier.id()), List.copyOf(ontvangers), List.of(dossier.initiatiefnemer()), Instant.now(klok)));
    }
}
