package nl.schakel.web.casusoverleg;

import static nl.schakel.casusoverleg.domein.Casusdeel.Soort.*;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Aanmelding;
import nl.schakel.casusoverleg.domein.Actie;
import nl.schakel.casusoverleg.domein.Agendapunt;
import nl.schakel.casusoverleg.toepassing.Agendapuntinzage;

/**
 * An agenda item as the caller may see it: its meeting, the case as far as the caller's categories reach, who sits at
 * it, and every inbreng the caller may know of (its own in any state, another's once shared), each filtered; the
 * item's own actions and those still open from the case's earlier meetings.
 */
@JsonbPropertyOrder({"id", "versie", "laatstGewijzigd", "volgnummer", "status", "geheimhoudingBevestigd", "overleg", "casus",
    "uitnodigingen", "inbreng", "aanwezigheid", "verslag", "acties", "openActies"})
public record AgendapuntJson(UUID id, int versie, Instant laatstGewijzigd, int volgnummer, String status, boolean geheimhoudingBevestigd,
        OverlegSamenvattingJson overleg, CasusJson casus, List<UitnodigingJson> uitnodigingen, List<InbrengJson> inbreng,
        List<AanwezigheidJson> aanwezigheid, VerslagJson verslag, List<ActieKortJson> acties, List<ActieKortJson> openActies) {

    /** An action of this item, or one still open from the case's item at an earlier meeting. */
    @JsonbPropertyOrder({"id", "agendapunt", "eigenaarOrganisatieCode", "omschrijving", "uiterlijk", "status", "verlopen"})
    public record ActieKortJson(UUID id, UUID agendapunt, String eigenaarOrganisatieCode, String omschrijving, java.time.LocalDate uiterlijk,
            String status, boolean verlopen) {}

    /** Whether an organisation at the item was there. */
    @JsonbPropertyOrder({"organisatieCode", "aanwezig"})
    public record AanwezigheidJson(String organisatieCode, boolean aanwezig) {}

    /** The minutes of the item; null until recorded. */
    @JsonbPropertyOrder({"analyse", "besluiten", "planVanAanpak", "casusregisseur", "vastgelegdOp"})
    public record VerslagJson(String analyse, String besluiten, String planVanAanpak, ActieJson.CasusregisseurJson casusregisseur,
            Instant vastgelegdOp) {}

    /** The registered case as the table shares it; what the caller's categories do not cover is named, not shown. */
    @JsonbPropertyOrder({"aanmelding", "aanmeldendeOrganisatie", "vraag", "criteria", "betrokkenen", "achtergehouden"})
    public record CasusJson(UUID aanmelding, String aanmeldendeOrganisatie, String vraag,
            List<AanmeldingJson.CriteriumantwoordJson> criteria, List<BetrokkeneJson> betrokkenen, List<String> achtergehouden) {}

    static AgendapuntJson van(Agendapuntinzage inzage) {
        Agendapunt p = inzage.punt();
        Aanmelding a = inzage.aanmelding();
        CasusJson casus = new CasusJson(a.id(), a.aanmeldendeOrganisatie(), inzage.casus().toont(VRAAG) ? a.vraag() : null,
                inzage.casus().toont(CRITERIA) ? AanmeldingJson.criteria(a) : null,
                inzage.casus().toont(BETROKKENEN) ? BetrokkeneJson.van(a) : null,
                inzage.casus().achtergehouden().stream().map(Enum::name).toList());
        return new AgendapuntJson(p.id(), p.versie(), p.laatstGewijzigd(), p.volgnummer(), p.status().name(),
                inzage.geheimhoudingBevestigd(), OverlegSamenvattingJson.van(inzage.overleg()), casus, UitnodigingJson.van(inzage.uitnodigingen(), inzage.gedeeldDoor()),
                inzage.inbreng().stream().map(InbrengJson::van).toList(),
                p.aanwezigheid().stream().map(w -> new AanwezigheidJson(w.organisatieCode(), w.aanwezig())).toList(),
                p.verslag().map(v -> new VerslagJson(v.analyse(), v.besluiten(), v.planVanAanpak(),
                        v.regisseur().map(r -> new ActieJson.CasusregisseurJson(r.organisatieCode(), r.naam())).orElse(null),
                        p.verslagOp().orElseThrow())).orElse(null),
                acties(inzage.acties()), acties(inzage.openActies()));
    }

    private static List<ActieKortJson> acties(List<Actie> acties) {
        Instant nu = Instant.now();
        return acties.stream().map(x -> new ActieKortJson(x.id(), x.agendapuntId(), x.eigenaarOrganisatie(), x.omschrijving(),
                x.uiterlijk(), x.status().name(), x.isVerlopen(nu))).toList();
    }
}
