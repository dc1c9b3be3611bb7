package nl.schakel.web.mij;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** "Who am I": what the platform knows of the caller from the token and the partner register. */
@JsonbPropertyOrder({"id", "naam", "gebruikersnaam", "organisatie", "team", "rollen"})
public record MijJson(
        String id, String naam, String gebruikersnaam, OrganisatieKortJson organisatie, String team,
        List<RolJson> rollen) {

    @JsonbPropertyOrder({"code", "naam", "type"})
    public record OrganisatieKortJson(String code, String naam, String type) {}

    @JsonbPropertyOrder({"code", "omschrijving"})
    public record RolJson(String code, String omschrijving) {}
}
