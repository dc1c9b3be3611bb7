package nl.schakel.web.mij;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import nl.schakel.partners.toepassing.PartnerRegister;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Rol;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("mij")
@ApplicationScoped
public class MijResource {

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    PartnerRegister partners;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Wie ben ik", description = "Naam, organisatie en rollen van de aangemelde medewerker.")
    public MijJson mij() {
        Medewerker medewerker = aanvrager.medewerker().orElseThrow();
        MijJson.OrganisatieKortJson organisatie = medewerker.organisatieCode()
                .map(code -> partners.organisatieMetCode(code)
                        .map(o -> new MijJson.OrganisatieKortJson(o.code(), o.naam(), o.type().name()))
                        // a code the register does not know yet: show it rather than hide who this is
                        .orElse(new MijJson.OrganisatieKortJson(code, code, null)))
                .orElse(null);
        return new MijJson(
                medewerker.id(),
                medewerker.naam(),
                medewerker.gebruikersnaam(),
                organisatie,
                medewerker.team().orElse(null),
                medewerker.rollen().stream()
                        .sorted(Comparator.naturalOrder())
                        .map(rol -> new MijJson.RolJson(rol.claim(), rol.label()))
                        .toList());
    }

}
