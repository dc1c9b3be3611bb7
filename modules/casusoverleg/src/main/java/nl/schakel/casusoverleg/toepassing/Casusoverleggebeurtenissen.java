package nl.schakel.casusoverleg.toepassing;

import java.util.Set;
import java.util.UUID;

/**
 * What partners' systems will hear of the casusoverleg (data-poor: ids and organisations, never names or case words).
 * The use cases call it in the transaction of the change, after the work and before the logboek row (the outbox's
 * numbering lock comes before the logboek's, in every transaction); {@code infrastructuur.CasusoverlegGebeurtenissen}
 * appends them to the shared outbox.
 */
public interface Casusoverleggebeurtenissen {

    /** {@code organisatie} was invited to an agenda item. */
    void uitgenodigd(UUID agendapuntId, String organisatie);

    /** A meeting's agenda changed (an item added or the order changed); {@code ontvangers} are its invitees. */
    void agendaGewijzigd(UUID overlegId, Set<String> ontvangers);

    /** A case was closed; {@code ontvangers} lost their access to its items. */
    void afgeschaald(UUID aanmeldingId, Set<String> ontvangers);

    /** An action at an item was given to {@code eigenaar}. */
    void actieToegewezen(UUID actieId, String eigenaar);

    /** An open action of {@code eigenaar} is due in a few working days (the reminder job, once per action). */
    void actieVerloopt(UUID actieId, String eigenaar);
}
