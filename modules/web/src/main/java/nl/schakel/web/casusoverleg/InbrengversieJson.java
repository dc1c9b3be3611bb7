package nl.schakel.web.casusoverleg;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import nl.schakel.casusoverleg.domein.Inbrengversie;

/** One earlier version of the caller's own inbreng. */
@JsonbPropertyOrder({"versie", "status", "gewijzigdOp", "gewijzigdDoor", "delen"})
public record InbrengversieJson(int versie, String status, Instant gewijzigdOp, String gewijzigdDoor, List<InbrengJson.DeelJson> delen) {

    static InbrengversieJson van(Inbrengversie versie) {
        return new InbrengversieJson(versie.versie(), versie.status().name(), versie.gewijzigdOp(), versie.gewijzigdDoor(),
                versie.delen().stream().map(d -> new InbrengJson.DeelJson(d.categorie().name(), d.grondslag(), d.tekst())).toList());
    }
}
