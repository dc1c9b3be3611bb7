package nl.schakel.web.overdracht;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.overdracht.domein.OverdrachtVersie;
import nl.schakel.overdracht.domein.inhoud.GefilterdeInhoud;
import nl.schakel.overdracht.domein.inhoud.Inhoudsfilter;
import nl.schakel.overdracht.domein.inhoud.OverdrachtInhoud;
import nl.schakel.toegang.domein.Gegevenscategorie;

/**
 * An earlier version of an overdracht ({@code /versies/{n}}); in the list ({@code /versies}) without content.
 */
@JsonbPropertyOrder({"id", "versie", "laatstGewijzigd", "status", "ontvangendeOrganisatie", "gedeeldeCategorieen",
    "gewijzigdDoor", "inhoud", "achtergehouden"})
public record VersieJson(
        UUID id, int versie, Instant laatstGewijzigd, String status, String ontvangendeOrganisatie,
        List<String> gedeeldeCategorieen, String gewijzigdDoor, OverdrachtInhoud inhoud, List<String> achtergehouden) {

    static VersieJson samenvatting(OverdrachtVersie versie) {
        return new VersieJson(versie.overdrachtId(), versie.versie(), versie.gewijzigdOp(), versie.status().name(),
                versie.ontvangendeOrganisatie().orElse(null), OverdrachtJson.namen(versie.gedeeldeCategorieen()),
                versie.gewijzigdDoorNaam(), null, null);
    }

    static VersieJson volledig(OverdrachtVersie versie, Set<Gegevenscategorie> zichtbaar) {
        GefilterdeInhoud gefilterd = Inhoudsfilter.filter(versie.inhoud(), zichtbaar);
        return new VersieJson(versie.overdrachtId(), versie.versie(), versie.gewijzigdOp(), versie.status().name(),
                versie.ontvangendeOrganisatie().orElse(null), OverdrachtJson.namen(versie.gedeeldeCategorieen()),
                versie.gewijzigdDoorNaam(), gefilterd.inhoud(), OverdrachtJson.namen(gefilterd.achtergehouden()));
    }
}
