package nl.schakel.web.casusoverleg;

import static nl.schakel.casusoverleg.domein.Casusdeel.Soort.*;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.schakel.toegang.domein.bewaren.Vernietigingskalender;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Aanmelding;
import nl.schakel.casusoverleg.domein.Aanmeldingsovergang;
import nl.schakel.casusoverleg.toepassing.AanmeldingInzage;

/**
 * A registered case as the caller may see it: the parts its categories cover (everything else left out and named in
 * {@code achtergehouden}), the triage term, and every step with its reason (the aanmelder reads the outcome here).
 */
@JsonbPropertyOrder({"id", "versie", "laatstGewijzigd", "overlegtafel", "status", "aanmeldendeOrganisatie", "ingediendOp",
    "triageUiterlijk", "triageVerlopen", "vraag", "criteria", "betrokkenen", "voorgesteldePartners", "afgeschaaldOp", "bewarenTot",
    "vernietigingsdatum", "achtergehouden", "overgangen"})
public record AanmeldingJson(UUID id, int versie, Instant laatstGewijzigd, UUID overlegtafel, String status,
        String aanmeldendeOrganisatie, Instant ingediendOp, LocalDate triageUiterlijk, boolean triageVerlopen, String vraag,
        List<CriteriumantwoordJson> criteria, List<BetrokkeneJson> betrokkenen, List<String> voorgesteldePartners,
        Instant afgeschaaldOp, LocalDate bewarenTot, LocalDate vernietigingsdatum, List<String> achtergehouden, List<OvergangJson> overgangen) {

    @JsonbPropertyOrder({"criterium", "voldaan", "toelichting"})
    public record CriteriumantwoordJson(String criterium, boolean voldaan, String toelichting) {}

    @JsonbPropertyOrder({"van", "naar", "door", "organisatie", "op", "reden"})
    public record OvergangJson(String van, String naar, String door, String organisatie, Instant op, String reden) {}

    /** The ZVH's shared copy of an aanmelding; the owner type of the retention rule for AANMELDING. */
    static final String EIGENAARTYPE = "ZORG_EN_VEILIGHEIDSHUIS";

    /**
     * {@code vernietigingsdatum} (issue 15): when the ZVH's shared copy is due for destruction, from the retention rules
     * (Vernietigingskalender) with the clock at afschaling; null before afschaling.
     */
    static AanmeldingJson van(AanmeldingInzage inzage, Vernietigingskalender kalender) {
        Aanmelding a = inzage.aanmelding();
        return new AanmeldingJson(a.id(), a.versie(), a.laatstGewijzigd(), a.overlegtafelId(), a.status().name(),
                a.aanmeldendeOrganisatie(), a.ingediendOp(), inzage.triageUiterlijk(), inzage.triageVerlopen(),
                inzage.casus().toont(VRAAG) ? a.vraag() : null,
                inzage.casus().toont(CRITERIA) ? criteria(a) : null,
                inzage.casus().toont(BETROKKENEN) ? BetrokkeneJson.van(a) : null,
                a.voorgesteldePartners(), a.afgeschaaldOp().orElse(null), a.bewarenTot().orElse(null),
                a.afgeschaaldOp().map(op -> kalender.vernietigingsdatum("AANMELDING", EIGENAARTYPE, op)).orElse(null),
                inzage.casus().achtergehouden().stream().map(Enum::name).toList(),
                a.overgangen().stream().map(AanmeldingJson::overgang).toList());
    }

    static List<CriteriumantwoordJson> criteria(Aanmelding a) {
        return a.criteria().stream().map(c -> new CriteriumantwoordJson(c.criterium(), c.voldaan(), c.toelichting())).toList();
    }

    private static OvergangJson overgang(Aanmeldingsovergang o) {
        return new OvergangJson(o.van().map(Enum::name).orElse(null), o.naar().name(), o.medewerkerNaam(), o.organisatieCode(), o.op(),
                o.reden().orElse(null));
    }
}
