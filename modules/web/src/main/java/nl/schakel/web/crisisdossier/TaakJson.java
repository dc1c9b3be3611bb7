package nl.schakel.web.crisisdossier;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Taak;

/** A task of the taakverdeling: who does what, with which expertise, when, and whether that is going to the family. */
@JsonbPropertyOrder({"id", "crisisdossierId", "versie", "laatstGewijzigd", "omschrijving", "expertise", "organisatieCode",
    "medewerker", "gaatErheen", "gepland", "status", "gewijzigdDoor"})
public record TaakJson(UUID id, UUID crisisdossierId, int versie, Instant laatstGewijzigd, String omschrijving, String expertise,
        String organisatieCode, String medewerker, boolean gaatErheen, Instant gepland, String status, String gewijzigdDoor) {

    static TaakJson van(Taak t) {
        return new TaakJson(t.id(), t.crisisdossierId(), t.versie(), t.laatstGewijzigd(), t.omschrijving(), t.expertise().orElse(null),
                t.organisatieCode(), t.medewerker().orElse(null), t.gaatErheen(), t.gepland().orElse(null), t.status().name(),
                t.gewijzigdDoor());
    }
}
