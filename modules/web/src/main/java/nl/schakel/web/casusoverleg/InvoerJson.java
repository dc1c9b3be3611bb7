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

    /** Invites an organisation to an item; {@code categorieen} narrows the policy's, never widens it. */
    public record Uitnodiging(String organisatie, List<String> categorieen) {}

    /** Closes an action: GEDAAN, or NIET_GEDAAN with a reason. */
    public record Afronding(String status, String reden) {}
}
