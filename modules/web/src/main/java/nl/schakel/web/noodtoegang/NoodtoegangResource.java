package nl.schakel.web.noodtoegang;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.schakel.gedeeld.fout.NietGevondenFout;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.gedeeld.invoer.Ids;
import nl.schakel.partners.domein.Organisatie;
import nl.schakel.partners.toepassing.PartnerRegister;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.domein.noodtoegang.Beoordeling;
import nl.schakel.toegang.domein.noodtoegang.Noodtoegangzaak;
import nl.schakel.toegang.toepassing.Noodtoegangbeoordeling;
import nl.schakel.web.api.Lijst;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The review queue of break-glass openings, for the privacy officer (all of them) and the procesregisseur of an owning
 * organisation (those on its resources). The work is done in {@link Noodtoegangbeoordeling}.
 */
@Path("noodtoegangen")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class NoodtoegangResource {

    /** Where each resource type lives in this API, so a reviewer of the owner can open it. */
    private static final Map<String, String> PADEN = Map.of("OVERDRACHT", "/overdrachten/", "CRISISDOSSIER", "/crisisdossiers/");

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Noodtoegangbeoordeling beoordeling;

    @Inject
    PartnerRegister register;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Noodtoegang beoordelen: de wachtrij",
            description = "status=OPEN: wat op het oordeel van de aanvrager wacht; BEOORDEELD: wat de aanvrager beoordeelde; "
                    + "zonder status beide. Nieuwste eerst, met het oordeel van elke beoordelaar.")
    public Map<String, Object> lijst(@QueryParam("status") String status) {
        Medewerker medewerker = medewerker();
        List<NoodtoegangJson> zaken = beoordeling.lijst(medewerker, open(status)).stream()
                .map(zaak -> json(zaak, medewerker)).toList();
        return Lijst.volledig("noodtoegangen", zaken, uri);
    }

    @POST
    @Path("{id}/beoordeling")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Beoordeel een noodtoegang",
            description = "oordeel GERECHTVAARDIGD of NIET_GERECHTVAARDIGD; bij 'niet gerechtvaardigd' een opmerking (ten "
                    + "hoogste 1000 tekens). Eenmaal per beoordelaar.")
    public NoodtoegangJson beoordeel(@PathParam("id") String id, OordeelJson oordeel) {
        Medewerker medewerker = medewerker();
        Noodtoegangzaak zaak = beoordeling.beoordeel(medewerker, Ids.uitPad(id,
                        () -> new NietGevondenFout(Noodtoegangbeoordeling.NIET_GEVONDEN, "Deze noodtoegang bestaat niet.")),
                oordeel == null ? null : oordeel.oordeel(), oordeel == null ? null : oordeel.opmerking());
        return json(zaak, medewerker);
    }

    private NoodtoegangJson json(Noodtoegangzaak zaak, Medewerker medewerker) {
        String mijn = medewerker.heeftRol(Rol.FUNCTIONARIS_GEGEVENSBESCHERMING) ? Beoordeling.FG
                : medewerker.organisatieCode().orElse("");
        Bron bron = zaak.toegang().bron();
        String pad = Optional.ofNullable(PADEN.get(bron.type().naam())).map(p -> p + bron.id()).orElse(null);
        return NoodtoegangJson.van(zaak, mijn,
                code -> register.organisatieMetCode(code).map(Organisatie::naam).orElse(code), pad);
    }

    private static Optional<Boolean> open(String status) {
        if (status == null || status.isBlank()) {
            return Optional.empty();
        }
        return switch (status.strip()) {
            case "OPEN" -> Optional.of(true);
            case "BEOORDEELD" -> Optional.of(false);
            default -> throw new ValidatieFout("API-002", "Een zoekparameter is ongeldig.",
                    List.of(new OngeldigeParameter("status", "OPEN of BEOORDEELD.")));
        };
    }

    private Medewerker medewerker() {
        return aanvrager.medewerker().orElseThrow();
    }
}
