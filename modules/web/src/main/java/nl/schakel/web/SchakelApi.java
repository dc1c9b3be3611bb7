package nl.schakel.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The one public API of Schakel, for the web UI, partner systems and the integration routes alike.
 * Only bearer tokens from the Keycloak realm are accepted, validated locally by
 * {@link nl.schakel.web.aanmelding.BearerMechanisme}. The roles declared here are the token's groups that
 * {@code isUserInRole} recognises ({@link nl.schakel.web.aanmelding.RollenVerklaring}).
 */
@ApplicationPath("api/v1")
@DeclareRoles({
    "procesregisseur", "crisismedewerker", "wijkteammedewerker", "politiemedewerker", "officier-van-justitie",
    "reclasseringswerker", "raadsonderzoeker", "cit-medewerker", "filomena-medewerker", "zvh-procesregisseur",
    "functionaris-gegevensbescherming", "functioneel-beheerder", "integratie"
})
@OpenAPIDefinition(info = @Info(
        title = "Schakel API",
        version = SchakelApi.VERSIE,
        description = "Gedeelde casusinformatie huiselijk geweld en kindermishandeling in Rotterdam Rijnmond: "
                + "overdracht, casusoverleg en crisisdossier, met toegang per doel en gegevenscategorie.",
        contact = @Contact(name = "Schakel functioneel beheer")))
public class SchakelApi extends Application {

    /** Sent as {@code API-Version} on every response (NL API Design Rules). */
    public static final String VERSIE = "1.0.0";
}
