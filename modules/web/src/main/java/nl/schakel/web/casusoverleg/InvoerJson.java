package nl.schakel.web.casusoverleg;

import java.util.List;
import java.util.UUID;

/** The small request bodies of flow 2 that are no domain input of their own. */
public final class InvoerJson {

    private InvoerJson() {}

    /** Puts an accepted case on the agenda. */
    public record Agendapunt(UUID aanmelding) {}

    /** The agenda's new order: every item of it, once. */
    public record Volgorde(List<UUID> agendapunten) {}

    /**
     * Invites an organisation to an item; {@code categorieen} narrows the policy's, never widens it; {@code alleenVoor}
     * (optional) narrows the invitation to one team or one person of the organisation.
     */
    public record Uitnodiging(String organisatie, List<String> categorieen, AlleenVoor alleenVoor) {}

    /** One team (as the partner's accounts name it) or one person (by username) of the invited organisation, not both. */
    public record AlleenVoor(String team, String gebruikersnaam) {}

    /** Closes an action: GEDAAN, or NIET_GEDAAN with a reason. */
    public record Afronding(String status, String reden) {}
}
