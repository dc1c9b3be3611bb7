package nl.schakel.web.partners;

import java.util.List;
import nl.schakel.partners.domein.OrganisatieGegevens;

/** The body of a create or replace: the register's description of one organisation. */
public record OrganisatieInvoerJson(
        String code, String naam, String type, List<String> gemeenten, String bovenliggendeOrganisatie) {

    OrganisatieGegevens gegevens() {
        return new OrganisatieGegevens(code, naam, type, gemeenten, bovenliggendeOrganisatie);
    }
}
