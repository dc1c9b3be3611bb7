package nl.schakel.web.overdracht;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.overdracht.domein.Overdracht;
import nl.schakel.overdracht.domein.inhoud.GefilterdeInhoud;
import nl.schakel.overdracht.domein.inhoud.Inhoudsfilter;
import nl.schakel.overdracht.domein.inhoud.OverdrachtInhoud;
import nl.schakel.toegang.domein.Gegevenscategorie;

/** Exactly what one receiver would see of this overdracht with these categories, and what it would not. */
@JsonbPropertyOrder({"id", "versie", "laatstGewijzigd", "voor", "categorieen", "inhoud", "achtergehouden"})
public record VoorbeeldJson(
        UUID id, int versie, Instant laatstGewijzigd, String voor, List<String> categorieen, OverdrachtInhoud inhoud,
        List<String> achtergehouden) {

    static VoorbeeldJson van(Overdracht overdracht, String voor, Set<Gegevenscategorie> zichtbaar) {
        GefilterdeInhoud gefilterd = Inhoudsfilter.filter(overdracht.inhoud(), zichtbaar);
        return new VoorbeeldJson(overdracht.id(), overdracht.versie(), overdracht.laatstGewijzigd(), voor,
                OverdrachtJson.namen(zichtbaar), gefilterd.inhoud(), OverdrachtJson.namen(gefilterd.achtergehouden()));
    }
}
