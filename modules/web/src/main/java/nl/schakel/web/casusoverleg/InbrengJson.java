package nl.schakel.web.casusoverleg;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Inbreng;
import nl.schakel.casusoverleg.toepassing.Inbrenginzage;

/**
 * One partner's inbreng as the caller may see it: the parts its categories cover (the contributor sees all of its own),
 * and the categories withheld, so a partner knows police contributed criminal information without reading it.
 * {@code vernietigingsdatum} (issue 15): when it is destroyed by its owner's own retention rule, from its case's
 * afschaling; null before afschaling. {@code agendapunt} is null for an inbreng kept after its case was destroyed.
 */
@JsonbPropertyOrder({"id", "versie", "laatstGewijzigd", "agendapunt", "organisatie", "status", "gedeeldOp", "ingetrokkenOp",
    "vernietigingsdatum", "delen", "achtergehouden"})
public record InbrengJson(UUID id, int versie, Instant laatstGewijzigd, UUID agendapunt, String organisatie, String status,
        Instant gedeeldOp, Instant ingetrokkenOp, LocalDate vernietigingsdatum, List<DeelJson> delen, List<String> achtergehouden) {

    @JsonbPropertyOrder({"categorie", "grondslag", "tekst"})
    public record DeelJson(String categorie, String grondslag, String tekst) {}

    static InbrengJson van(Inbrenginzage inzage) {
        Inbreng i = inzage.inbreng();
        return new InbrengJson(i.id(), i.versie(), i.laatstGewijzigd(), i.agendapuntId(), i.organisatieCode(), i.status().name(),
                i.gedeeldOp().orElse(null), i.ingetrokkenOp().orElse(null), inzage.vernietigingsdatum().orElse(null),
                inzage.delen().stream().map(d -> new DeelJson(d.categorie().name(), d.grondslag(), d.tekst())).toList(),
                inzage.achtergehouden().stream().map(Enum::name).toList());
    }
}
