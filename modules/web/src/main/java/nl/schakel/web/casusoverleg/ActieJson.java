package nl.schakel.web.casusoverleg;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Verslag;
import nl.schakel.casusoverleg.domein.Actie;
import nl.schakel.casusoverleg.toepassing.Actieinzage;

/**
 * An action with, as its context, the item's summary: number, meeting date, and from the verslag the decisions, the
 * plan of aanpak and the casusregisseur (null until the verslag holds them). Never the partners' inbreng.
 */
@JsonbPropertyOrder({"id", "versie", "laatstGewijzigd", "agendapunt", "eigenaarOrganisatieCode", "omschrijving", "uiterlijk",
    "status", "reden", "verlopen", "toegewezenOp", "afgerondOp"})
public record ActieJson(UUID id, int versie, Instant laatstGewijzigd, AgendapuntcontextJson agendapunt, String eigenaarOrganisatieCode,
        String omschrijving, LocalDate uiterlijk, String status, String reden, boolean verlopen, Instant toegewezenOp,
        Instant afgerondOp) {

    /** The item the action was agreed at, as far as the action's owner needs it. */
    @JsonbPropertyOrder({"id", "overlegId", "volgnummer", "overlegDatum", "besluiten", "planVanAanpak", "casusregisseur"})
    public record AgendapuntcontextJson(UUID id, UUID overlegId, int volgnummer, LocalDate overlegDatum, String besluiten,
            String planVanAanpak, CasusregisseurJson casusregisseur) {}

    /** Who directs the case between the meetings. */
    @JsonbPropertyOrder({"organisatieCode", "naam"})
    public record CasusregisseurJson(String organisatieCode, String naam) {}

    static ActieJson van(Actieinzage inzage) {
        Actie a = inzage.actie();
        Optional<Verslag> verslag = inzage.punt().verslag();
        AgendapuntcontextJson punt = new AgendapuntcontextJson(inzage.punt().id(), inzage.overleg().id(), inzage.punt().volgnummer(),
                inzage.overleg().datum(), verslag.map(Verslag::besluiten).orElse(null), verslag.map(Verslag::planVanAanpak).orElse(null),
                verslag.flatMap(Verslag::regisseur).map(r -> new CasusregisseurJson(r.organisatieCode(), r.naam())).orElse(null));
        return new ActieJson(a.id(), a.versie(), a.laatstGewijzigd(), punt, a.eigenaarOrganisatie(), a.omschrijving(), a.uiterlijk(),
                a.status().name(), a.reden().orElse(null), inzage.verlopen(), a.toegewezenOp(), a.afgerondOp().orElse(null));
    }
}
