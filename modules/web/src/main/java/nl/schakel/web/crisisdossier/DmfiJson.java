package nl.schakel.web.crisisdossier;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Dmfioverzicht;
import nl.schakel.crisisdossier.domein.Dmfiregie;
import nl.schakel.crisisdossier.domein.Evaluatiemoment;
import nl.schakel.crisisdossier.toepassing.Dmfiinzage;

/**
 * The DMFI track of a file: whether it runs, the casusregisseur with the version to send as If-Match for a change, and
 * the review moments earliest first, each with whether it is overdue now.
 */
@JsonbPropertyOrder({"gestart", "versie", "gestartOp", "gestartDoor", "casusregisseur", "volgendeEvaluatie", "evaluatieVerlopen",
        "evaluatiemomenten"})
public record DmfiJson(boolean gestart, Integer versie, Instant gestartOp, String gestartDoor, CasusregisseurJson casusregisseur,
        Instant volgendeEvaluatie, boolean evaluatieVerlopen, List<EvaluatiemomentJson> evaluatiemomenten) {

    @JsonbPropertyOrder({"organisatie", "naam", "telefoon"})
    public record CasusregisseurJson(String organisatie, String naam, String telefoon) {}

    @JsonbPropertyOrder({"id", "geplandOp", "onderwerp", "geplandDoor", "status", "verlopen", "vastgelegdOp", "vastgelegdDoor",
            "toelichting"})
    public record EvaluatiemomentJson(UUID id, Instant geplandOp, String onderwerp, String geplandDoor, String status, boolean verlopen,
            Instant vastgelegdOp, String vastgelegdDoor, String toelichting) {

        static EvaluatiemomentJson van(Evaluatiemoment e, boolean verlopen) {
            return new EvaluatiemomentJson(e.id(), e.geplandOp(), e.onderwerp(), e.geplandDoor(), e.status().name(), verlopen,
                    e.vastgelegdOp().orElse(null), e.vastgelegdDoor().orElse(null), e.toelichting().orElse(null));
        }
    }

    /** The track in a file's summary (Mijn crises): who directs, the next review, and whether one is overdue; null if none. */
    @JsonbPropertyOrder({"casusregisseurOrganisatie", "volgendeEvaluatie", "evaluatieVerlopen"})
    public record SamenvattingJson(String casusregisseurOrganisatie, Instant volgendeEvaluatie, boolean evaluatieVerlopen) {

        static SamenvattingJson van(Dmfioverzicht overzicht) {
            return overzicht.gestart() ? new SamenvattingJson(overzicht.casusregisseurOrganisatie().orElse(null),
                    overzicht.volgendeEvaluatie().orElse(null), overzicht.evaluatieVerlopen()) : null;
        }
    }

    static DmfiJson van(Dmfiinzage inzage) {
        List<EvaluatiemomentJson> momenten = inzage.evaluatiemomenten().stream()
                .map(e -> EvaluatiemomentJson.van(e, inzage.isVerlopen(e))).toList();
        Instant volgende = momenten.stream().filter(m -> m.status().equals("GEPLAND")).map(EvaluatiemomentJson::geplandOp)
                .min(Instant::compareTo).orElse(null);
        boolean verlopen = momenten.stream().anyMatch(EvaluatiemomentJson::verlopen);
        return inzage.regie().map(r -> new DmfiJson(true, r.versie(), r.gestartOp(), r.gestartDoor(), casusregisseur(r), volgende, verlopen,
                momenten)).orElseGet(() -> new DmfiJson(false, null, null, null, null, null, false, List.of()));
    }

    private static CasusregisseurJson casusregisseur(Dmfiregie regie) {
        Dmfiregie.Casusregisseur c = regie.casusregisseur();
        return new CasusregisseurJson(c.organisatie(), c.naam(), c.telefoonnummer().orElse(null));
    }
}
