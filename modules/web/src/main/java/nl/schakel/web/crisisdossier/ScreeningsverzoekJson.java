package nl.schakel.web.crisisdossier;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.UUID;
import nl.schakel.crisisdossier.toepassing.Screeningsinzage;
import nl.schakel.crisisdossier.domein.Screeningsverzoek;

/**
 * A screening request to Filomena as one reader may see it: that it exists and its status always; {@code vraag} only
 * when the reader's grants show GEZONDHEID or its organisation asked it — otherwise null, and {@code vraagAchtergehouden}
 * says so (never its length or content).
 */
@JsonbPropertyOrder({"id", "crisisdossierId", "versie", "laatstGewijzigd", "soort", "spoed", "vraag", "vraagAchtergehouden",
    "aangevraagdDoor", "aangevraagdOp", "uitvoerder", "status", "gepland", "afwijzingsreden", "gewijzigdDoor"})
public record ScreeningsverzoekJson(UUID id, UUID crisisdossierId, int versie, Instant laatstGewijzigd, String soort, boolean spoed,
        String vraag, boolean vraagAchtergehouden, String aangevraagdDoor, Instant aangevraagdOp, String uitvoerder, String status,
        Instant gepland, String afwijzingsreden, String gewijzigdDoor) {

    static ScreeningsverzoekJson van(Screeningsinzage inzage) {
        Screeningsverzoek s = inzage.verzoek();
        return new ScreeningsverzoekJson(s.id(), s.crisisdossierId(), s.versie(), s.laatstGewijzigd(), s.soort().name(), s.spoed(),
                inzage.vraagZichtbaar() ? s.vraag() : null, !inzage.vraagZichtbaar(), s.aangevraagdDoor(), s.aangevraagdOp(),
                s.uitvoerder(), s.status().name(), s.gepland().orElse(null), s.afwijzingsreden().orElse(null), s.gewijzigdDoor());
    }
}
