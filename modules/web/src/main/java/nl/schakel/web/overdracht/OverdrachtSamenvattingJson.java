package nl.schakel.web.overdracht;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.overdracht.domein.Overdracht;
import nl.schakel.overdracht.domein.Termijnen;
import nl.schakel.overdracht.domein.inhoud.Betrokkene;
import nl.schakel.overdracht.domein.inhoud.BetrokkeneRol;
import nl.schakel.overdracht.domein.inhoud.Identiteit;
import nl.schakel.toegang.domein.Gegevenscategorie;

/**
 * An overdracht in a list: what is needed to pick it, and to recognise the case among dozens ({@code herkenning}):
 * only what the caller's grants on it show, the same categories as its own page.
 */
@JsonbPropertyOrder({"id", "versie", "laatstGewijzigd", "status", "eigenaarOrganisatie", "ontvangendeOrganisatie",
    "acceptatieUiterlijk", "acceptatieVerlopen", "opgeschaaldOp", "warmeOverdrachtOp", "herkenning"})
public record OverdrachtSamenvattingJson(
        UUID id, int versie, Instant laatstGewijzigd, String status, String eigenaarOrganisatie, String ontvangendeOrganisatie,
        LocalDate acceptatieUiterlijk, boolean acceptatieVerlopen, Instant opgeschaaldOp, LocalDate warmeOverdrachtOp,
        HerkenningJson herkenning) {

    /**
     * What makes a case recognisable. With IDENTITEIT: the family name (of the first child, else of the victim, else of
     * the first betrokkene), the first child's first name and birth year, the municipality (code and name); without
     * it {@code naamGedeeld} is false and those are absent. With VEILIGHEID (the aanleiding): the melding date.
     */
    @JsonbPropertyOrder({"naamGedeeld", "achternaam", "kindVoornaam", "kindGeboortejaar", "gemeente", "gemeenteNaam",
        "meldingDatum"})
    public record HerkenningJson(boolean naamGedeeld, String achternaam, String kindVoornaam, Integer kindGeboortejaar,
            String gemeente, String gemeenteNaam, LocalDate meldingDatum) {

        static HerkenningJson van(Overdracht overdracht, Set<Gegevenscategorie> categorieen, Map<String, String> gemeenten) {
            LocalDate melding = categorieen.contains(Gegevenscategorie.VEILIGHEID) && overdracht.inhoud().aanleiding() != null
                    ? overdracht.inhoud().aanleiding().meldingDatum() : null;
            if (!categorieen.contains(Gegevenscategorie.IDENTITEIT)) {
                return new HerkenningJson(false, null, null, null, null, null, melding);
            }
            List<Betrokkene> betrokkenen = overdracht.inhoud().betrokkenenOfLeeg().stream()
                    .filter(b -> b != null && b.identiteit() != null).toList();
            Optional<Identiteit> kind = eerste(betrokkenen, BetrokkeneRol.KIND);
            Optional<Identiteit> familie = kind.or(() -> eerste(betrokkenen, BetrokkeneRol.SLACHTOFFER))
                    .or(() -> betrokkenen.stream().map(Betrokkene::identiteit).findFirst());
            String gemeente = familie.map(Identiteit::gemeente).orElse(null);
            return new HerkenningJson(true, familie.map(Identiteit::achternaam).orElse(null),
                    kind.map(Identiteit::voornaam).orElse(null),
                    kind.map(Identiteit::geboortedatum).filter(Objects::nonNull).map(LocalDate::getYear).orElse(null),
                    gemeente, gemeente == null ? null : gemeenten.getOrDefault(gemeente, null), melding);
        }

        private static Optional<Identiteit> eerste(List<Betrokkene> betrokkenen, BetrokkeneRol rol) {
            return betrokkenen.stream().filter(b -> b.rol() == rol).map(Betrokkene::identiteit).findFirst();
        }
    }

    /** Overdue shows in both sides' lists: past the acceptance term while not yet accepted or returned. */
    static OverdrachtSamenvattingJson van(Overdracht overdracht, Set<Gegevenscategorie> categorieen,
            Map<String, String> gemeenten, Termijnen termijnen, Instant nu) {
        return new OverdrachtSamenvattingJson(overdracht.id(), overdracht.versie(), overdracht.laatstGewijzigd(),
                overdracht.status().name(), overdracht.eigenaarOrganisatie(), overdracht.ontvangendeOrganisatie().orElse(null),
                overdracht.acceptatieUiterlijk(termijnen).orElse(null), overdracht.isAcceptatieVerlopen(termijnen, nu),
                overdracht.opgeschaaldOp().orElse(null),
                overdracht.warmeOverdracht().map(w -> w.datum()).orElse(null),
                HerkenningJson.van(overdracht, categorieen, gemeenten));
    }
}
