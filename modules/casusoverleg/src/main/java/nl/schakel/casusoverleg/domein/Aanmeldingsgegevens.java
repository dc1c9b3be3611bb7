package nl.schakel.casusoverleg.domein;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a member partner fills in to register a case, as the API receives it (JSON-B). Kept to what triage needs:
 * the question for the table, each criterion answered with a short reason, the betrokkenen at minimal identity (no BSN,
 * no address: those belong in the partners' own inbreng, under their own basis) and the partners it proposes.
 *
 * @param overlegtafel the table; on a change it may be left out (it cannot change)
 */
public record Aanmeldingsgegevens(UUID overlegtafel, String vraag, List<Antwoord> criteria, List<Persoon> betrokkenen,
        List<String> voorgesteldePartners) {

    /** One criterion answered: met or not, and why (short: the details are for the inbreng). */
    public record Antwoord(String criterium, Boolean voldaan, String toelichting) {}

    /**
     * A betrokkene at minimal identity. {@code id} is kept only when this aanmelding already holds it (a change); a new
     * person gets a new id, so a client cannot attach someone else's id.
     */
    public record Persoon(UUID id, String rol, String voornaam, String achternaam, LocalDate geboortedatum) {}
}
