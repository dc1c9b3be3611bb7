package nl.schakel.web.crisisdossier;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Aantekening;

/** An entry as the timeline shows it; {@code versie} above 1 means it was corrected (its history is at /versies). */
@JsonbPropertyOrder({"id", "crisisdossierId", "versie", "organisatieCode", "auteur", "soort", "categorie", "tekst", "status",
    "intrekkingsreden", "geschrevenOp", "laatstGewijzigd"})
public record AantekeningJson(UUID id, UUID crisisdossierId, int versie, String organisatieCode, String auteur, String soort,
        String categorie, String tekst, String status, String intrekkingsreden, Instant geschrevenOp, Instant laatstGewijzigd) {

    static AantekeningJson van(Aantekening a) {
        return new AantekeningJson(a.id(), a.crisisdossierId(), a.versie(), a.organisatieCode(), a.auteur(), a.soort().name(),
                a.categorie().name(), a.tekst(), a.status().name(), a.intrekkingsreden().orElse(null), a.geschrevenOp(),
                a.laatstGewijzigd());
    }
}
