package nl.schakel.routes.organisaties;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * De velden van een organisatie zoals het partnerregister ze aanlevert en de API ze kent
 * (zonder id en versie). Een regel uit het bestand en een organisatie uit de API worden als
 * {@code Organisatie} vergeleken.
 */
public record Organisatie(String code, String naam, String type, List<String> gemeenten,
        String bovenliggendeOrganisatie) {

    public Organisatie {
        gemeenten = List.copyOf(gemeenten);
        bovenliggendeOrganisatie = bovenliggendeOrganisatie == null || bovenliggendeOrganisatie.isBlank()
                ? null : bovenliggendeOrganisatie;
    }

    /** Zelfde gegevens? De volgorde van de gemeenten telt niet. */
    public boolean komtOvereenMet(Organisatie ander) {
        return code.equals(ander.code)
                && naam.equals(ander.naam)
                && type.equals(ander.type)
                && new TreeSet<>(gemeenten).equals(new TreeSet<>(ander.gemeenten))
                && Objects.equals(bovenliggendeOrganisatie, ander.bovenliggendeOrganisatie);
    }
}
