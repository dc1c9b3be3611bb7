package nl.schakel.web.overdracht;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.overdracht.domein.Overdracht;
import nl.schakel.overdracht.domein.Termijnen;
import nl.schakel.overdracht.domein.inhoud.GefilterdeInhoud;
import nl.schakel.overdracht.domein.inhoud.Inhoudsfilter;
import nl.schakel.overdracht.domein.inhoud.OverdrachtInhoud;
import nl.schakel.toegang.domein.Gegevenscategorie;

/**
 * An overdracht as one caller may see it: the content filtered to the categories of the caller's grants,
 * and the categories left out ({@code achtergehouden}) so a partner knows what to ask for without seeing it.
 * HAPI-style: id, versie and laatstGewijzigd first. {@code overgangen} only for the owner. {@code contactpersoonVeiligThuis}
 * is absent (null) before sending and on overdrachten sent before it was asked. {@code vernietigingsdatum} (issue 15) is the day
 * Veilig Thuis's overdracht is due for destruction, null while its retention clock has not started (before afsluiting).
 */
@JsonbPropertyOrder({"id", "versie", "laatstGewijzigd", "status", "eigenaarOrganisatie", "ontvangendeOrganisatie",
    "gedeeldeCategorieen", "verzondenOp", "veiligheidsbeoordelingUiterlijk", "acceptatieUiterlijk", "acceptatieVerlopen",
    "opgeschaaldOp", "opgeschaaldNaar", "warmeOverdracht", "contactpersoonVeiligThuis", "vernietigingsdatum", "inhoud", "achtergehouden", "overgangen"})
public record OverdrachtJson(
        UUID id,
        int versie,
        Instant laatstGewijzigd,
        String status,
        String eigenaarOrganisatie,
        String ontvangendeOrganisatie,
        List<String> gedeeldeCategorieen,
        Instant verzondenOp,
        LocalDate veiligheidsbeoordelingUiterlijk,
        LocalDate acceptatieUiterlijk,
        boolean acceptatieVerlopen,
        Instant opgeschaaldOp,
        String opgeschaaldNaar,
        WarmeOverdrachtJson warmeOverdracht,
        ContactpersoonVeiligThuisJson contactpersoonVeiligThuis,
        LocalDate vernietigingsdatum,
        OverdrachtInhoud inhoud,
        List<String> achtergehouden,
        List<OvergangJson> overgangen) {

    /**
     * The safety-assessment deadline derives from the melding date, a VEILIGHEID field: shown only to a caller
     * who may see that category. The acceptance deadline tells nothing about the family and is shown to both sides.
     */
    static OverdrachtJson van(Overdracht overdracht, Set<Gegevenscategorie> zichtbaar, boolean metOvergangen,
            Termijnen termijnen, Instant nu, LocalDate vernietigingsdatum) {
        GefilterdeInhoud gefilterd = Inhoudsfilter.filter(overdracht.inhoud(), zichtbaar);
        return new OverdrachtJson(
                overdracht.id(),
                overdracht.versie(),
                overdracht.laatstGewijzigd(),
                overdracht.status().name(),
                overdracht.eigenaarOrganisatie(),
                overdracht.ontvangendeOrganisatie().orElse(null),
                namen(overdracht.gedeeldeCategorieen()),
                overdracht.verzondenOp().orElse(null),
                zichtbaar.contains(Gegevenscategorie.VEILIGHEID)
                        ? overdracht.veiligheidsbeoordelingUiterlijk(termijnen).orElse(null) : null,
                overdracht.acceptatieUiterlijk(termijnen).orElse(null),
                overdracht.isAcceptatieVerlopen(termijnen, nu),
                overdracht.opgeschaaldOp().orElse(null),
                overdracht.opgeschaaldOp().map(op -> OPGESCHAALD_NAAR).orElse(null),
                overdracht.warmeOverdracht().map(WarmeOverdrachtJson::van).orElse(null),
                // a Veilig Thuis employee at work, not the family: no category, shown to every caller that may read it
                overdracht.contactpersoonVeiligThuis().map(ContactpersoonVeiligThuisJson::van).orElse(null),
                // Veilig Thuis's retention: null while the clock has not started (OverdrachtBewaring says when it does)
                vernietigingsdatum,
                gefilterd.inhoud(),
                namen(gefilterd.achtergehouden()),
                metOvergangen ? overdracht.overgangen().stream().map(OvergangJson::van).toList() : null);
    }

    /** The role an overdue overdracht is escalated to: the teamleider of the sending organisation. */
    static final String OPGESCHAALD_NAAR = "teamleider";

    /** A set of categories in the order of {@code Gegevenscategorie}. */
    static List<String> namen(Set<Gegevenscategorie> categorieen) {
        return categorieen.stream().sorted().map(Enum::name).toList();
    }

    /** A list of categories in its own order ({@code achtergehouden} comes sorted by name). */
    static List<String> namen(List<Gegevenscategorie> categorieen) {
        return categorieen.stream().map(Enum::name).toList();
    }
}
