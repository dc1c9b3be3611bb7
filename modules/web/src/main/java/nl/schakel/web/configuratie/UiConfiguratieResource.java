package nl.schakel.web.configuratie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.schakel.web.api.Openbaar;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Where the browser app logs in. Public: the app needs it before it has a token. */
@Path("ui-configuratie")
@ApplicationScoped
@Openbaar
public class UiConfiguratieResource {

    @Inject
    @ConfigProperty(name = "schakel.keycloak.url", defaultValue = "http://localhost:8180")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "schakel.keycloak.realm", defaultValue = "schakel")
    String realm;

    @Inject
    @ConfigProperty(name = "schakel.keycloak.client-id", defaultValue = "schakel-web")
    String clientId;

    @JsonbPropertyOrder({"keycloakUrl", "realm", "clientId"})
    public record UiConfiguratie(String keycloakUrl, String realm, String clientId) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Aanmeldgegevens voor de webapplicatie")
    public UiConfiguratie configuratie() {
        return new UiConfiguratie(keycloakUrl, realm, clientId);
    }
}
