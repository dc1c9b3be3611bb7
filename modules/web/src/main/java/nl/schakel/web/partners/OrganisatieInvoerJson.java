package nl.schakel.web.partners;

import java.util.List;
import nl.schakel.partners.domein.OrganisatieGegevens;

/**
 * The body of a create or replace: the register's description of one organisation. {@code functioneleMailbox} left out
 * of a replace keeps the current address (the register feed does not carry it); {@code ""} removes it.
 */
public record OrganisatieInvoerJson(
        String code, String naam, String type, List<String> gemeenten, String bovenliggendeOrganisatie,
        String functioneleMailbox) {

    OrganisatieGegevens gegevens() {
        return new OrganisatieGegevens(code, naam, type, gemeenten, bovenliggendeOrganisatie, functioneleMailbox);
    }
}
