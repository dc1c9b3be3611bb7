package nl.schakel.web.casusoverleg;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Aanmelding;
import nl.schakel.casusoverleg.toepassing.AanmeldingInzage;

/** An aanmelding in a list (the triage queue): no personal data, with its term and whether it is overdue. */
@JsonbPropertyOrder({"id", "versie", "laatstGewijzigd", "overlegtafel", "status", "aanmeldendeOrganisatie", "ingediendOp",
    "triageUiterlijk", "triageVerlopen"})
public record AanmeldingSamenvattingJson(UUID id, int versie, Instant laatstGewijzigd, UUID overlegtafel, String status,
        String aanmeldendeOrganisatie, Instant ingediendOp, LocalDate triageUiterlijk, boolean triageVerlopen) {

    static AanmeldingSamenvattingJson van(AanmeldingInzage inzage) {
        Aanmelding a = inzage.aanmelding();
        return new AanmeldingSamenvattingJson(a.id(), a.versie(), a.laatstGewijzigd(), a.overlegtafelId(), a.status().name(),
                a.aanmeldendeOrganisatie(), a.ingediendOp(), inzage.triageUiterlijk(), inzage.triageVerlopen());
    }
}
