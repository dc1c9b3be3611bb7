package nl.schakel.platform.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.schakel.toegang.domein.Gegevenscategorie;

/**
 * The action that reads a resource's content, and which JSON keys under {@code inhoudVeld} hold the field groups of
 * each category. Whatever the flow, a category outside the caller's grants is absent from the content and named in
 * {@code achtergehouden} (docs/access-model.md), so that a partner knows to ask without seeing.
 */
public record Veldgroepen(String handeling, String inhoudVeld, Map<Gegevenscategorie, List<String>> sleutels) {

    public Veldgroepen {
        sleutels = Map.copyOf(sleutels);
        if (!sleutels.keySet().containsAll(Set.of(Gegevenscategorie.values()))) {
            throw new IllegalArgumentException("elke categorie heeft sleutels nodig, ook een lege lijst: " + sleutels.keySet());
        }
    }

    /** Every category: its field groups present if granted, else absent and listed as withheld. */
    void controleer(JsonObject antwoord, Set<Gegevenscategorie> toegestaan) {
        String inhoud = antwoord.getJsonObject(inhoudVeld).toString();
        List<String> achtergehouden = antwoord.containsKey("achtergehouden")
                ? antwoord.getJsonArray("achtergehouden").getValuesAs(JsonString::getString) : List.of();
        for (Gegevenscategorie categorie : Gegevenscategorie.values()) {
            boolean mag = toegestaan.contains(categorie);
            for (String sleutel : sleutels.get(categorie)) {
                if (mag) {
                    assertThat(inhoud).as(categorie + " hoort zichtbaar te zijn").contains("\"" + sleutel + "\":");
                } else {
                    assertThat(inhoud).as(categorie + " hoort achtergehouden te zijn").doesNotContain("\"" + sleutel + "\":");
                }
            }
            assertThat(achtergehouden.contains(categorie.name())).as("achtergehouden " + categorie).isEqualTo(!mag);
        }
    }
}
