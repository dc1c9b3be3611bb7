package nl.schakel.web.crisisdossier;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Crisisbetrokkene;
import nl.schakel.crisisdossier.domein.Crisisdossier;
import nl.schakel.crisisdossier.toepassing.Dossierinzage;
import nl.schakel.partners.domein.Organisatie;

/**
 * A crisis file as a co-owner reads it (never a BSN: that only passed through the person registry).
 * {@code vernietigingsdatum} (issue 15) is the day the file is due for destruction with all that is still in it: its
 * initiator's rule or a longer-running entry's, from its afsluiting; null while it is open (the clock has not started).
 */
@JsonbPropertyOrder({"id", "versie", "laatstGewijzigd", "status", "herkenning", "gestartOp", "initiatiefnemer", "watIsErGebeurd",
    "directeVeiligheid", "betrokkenen", "partners", "sof7", "gesloten", "vernietigingsdatum", "toegang"})
public record CrisisdossierJson(UUID id, int versie, Instant laatstGewijzigd, String status, String herkenning, Instant gestartOp,
        String initiatiefnemer,
        String watIsErGebeurd, String directeVeiligheid, List<BetrokkeneJson> betrokkenen, List<PartnerJson> partners, Sof7Json sof7,
        GeslotenJson gesloten, LocalDate vernietigingsdatum, ToegangJson toegang) {

    @JsonbPropertyOrder({"id", "rol", "voornaam", "achternaam", "geboortedatum"})
    public record BetrokkeneJson(UUID id, String rol, String voornaam, String achternaam, LocalDate geboortedatum) {}

    @JsonbPropertyOrder({"organisatieCode", "naam", "type", "initiatiefnemer"})
    public record PartnerJson(String organisatieCode, String naam, String type, boolean initiatiefnemer) {}

    /**
     * The fast investigation's clock: started, due seven days later, overdue now or not, done — and when done, its
     * conclusion and the organisation that recorded it.
     */
    @JsonbPropertyOrder({"gestartOp", "uiterlijk", "verlopen", "afgerondOp", "conclusie", "afgerondDoor"})
    public record Sof7Json(Instant gestartOp, Instant uiterlijk, boolean verlopen, Instant afgerondOp, String conclusie,
            String afgerondDoor) {}

    @JsonbPropertyOrder({"op", "uitkomst", "reden", "overdrachtId"})
    public record GeslotenJson(Instant op, String uitkomst, String reden, UUID overdrachtId) {}

    /** Why the caller sees the file: its grant's reason, the categories it shows, and its end (break-glass). */
    @JsonbPropertyOrder({"reden", "categorieen", "tot"})
    public record ToegangJson(String reden, List<String> categorieen, Instant tot) {}

    static CrisisdossierJson van(Dossierinzage inzage, LocalDate vernietigingsdatum) {
        Crisisdossier d = inzage.dossier();
        return new CrisisdossierJson(d.id(), d.versie(), d.laatstGewijzigd(), d.status().name(),
                CrisisdossierSamenvattingJson.herkenning(d), d.gestartOp(), d.initiatiefnemer(),
                d.watIsErGebeurd(), d.directeVeiligheid(), d.betrokkenen().stream().map(CrisisdossierJson::betrokkene).toList(),
                partners(inzage), sof7(inzage),
                d.geslotenOp().map(op -> new GeslotenJson(op, d.sluitingsuitkomst().map(Enum::name).orElse(null),
                        d.sluitingsreden().orElse(null), d.overdrachtId().orElse(null))).orElse(null),
                vernietigingsdatum,
                new ToegangJson(inzage.reden().name(), inzage.categorieen().stream().map(Enum::name).sorted().toList(),
                        inzage.toegangTot().orElse(null)));
    }

    static List<PartnerJson> partners(Dossierinzage inzage) {
        return inzage.partners().stream().map((Organisatie o) -> new PartnerJson(o.code(), o.naam(), o.type().name(),
                o.code().equals(inzage.dossier().initiatiefnemer()))).toList();
    }

    static Sof7Json sof7(Dossierinzage inzage) {
        Crisisdossier d = inzage.dossier();
        return d.sof7GestartOp().map(start -> new Sof7Json(start, d.sof7Uiterlijk().orElseThrow(), inzage.sof7Verlopen(),
                d.sof7AfgerondOp().orElse(null), d.sof7Conclusie().orElse(null), d.sof7AfgerondDoor().orElse(null))).orElse(null);
    }

    private static BetrokkeneJson betrokkene(Crisisbetrokkene b) {
        return new BetrokkeneJson(b.id(), b.rol().name(), b.voornaam(), b.achternaam(), b.geboortedatum().orElse(null));
    }
}
