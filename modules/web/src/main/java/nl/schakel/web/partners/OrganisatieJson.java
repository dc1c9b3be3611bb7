package nl.schakel.web.partners;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.schakel.partners.domein.Organisatie;

/** An organisation as the API shows it; HAPI-style: id, versie and laatstGewijzigd first. */
@JsonbPropertyOrder({"id", "versie", "laatstGewijzigd", "code", "naam", "type", "gemeenten", "bovenliggendeOrganisatie",
        "functioneleMailbox"})
public record OrganisatieJson(
        UUID id, int versie, Instant laatstGewijzigd, String code, String naam, String type, List<String> gemeenten,
        String bovenliggendeOrganisatie, String functioneleMailbox) {

    public static OrganisatieJson van(Organisatie organisatie) {
        return new OrganisatieJson(
                organisatie.id(),
                organisatie.versie(),
                organisatie.laatstGewijzigd(),
                organisatie.code(),
                organisatie.naam(),
                organisatie.type().name(),
                organisatie.gemeenten(),
                organisatie.bovenliggendeOrganisatie().orElse(null),
                organisatie.functioneleMailbox().orElse(null));
    }
}
