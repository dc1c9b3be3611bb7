package nl.schakel.overdracht.domein;

import static nl.schakel.overdracht.domein.OverdrachtStatus.*;
import static nl.schakel.overdracht.domein.Voorbeelden.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.schakel.gedeeld.gebeurtenis.Gebeurtenis;
import org.junit.jupiter.api.Test;

/** Which overdracht changes are events, and how they look in the shared outbox's shape. */
class OverdrachtGebeurtenisTest {

    @Test
    void elkeStapNaHetVerzendenIsEenGebeurtenisMetDeTijdVanDeWijziging() {
        Overdracht overdracht = concept();
        overdracht.verzend(WIJKTEAM, WIJKTEAMCATEGORIEEN, CONTACT, PROCESREGISSEUR, NU.plusSeconds(10));

        Gebeurtenis verzonden = OverdrachtGebeurtenis.na(CONCEPT, overdracht).orElseThrow();
        assertThat(verzonden.type()).isEqualTo("nl.schakel.overdracht.verzonden");
        assertThat(verzonden.bron()).isEqualTo("urn:nl:schakel:overdracht");
        assertThat(verzonden.onderwerp().type()).isEqualTo("OVERDRACHT");
        assertThat(verzonden.onderwerp().id()).isEqualTo(overdracht.id());
        assertThat(verzonden.onderwerp().pad()).isEqualTo("/overdrachten/" + overdracht.id());
        assertThat(verzonden.eigenaren()).containsExactly(VT);
        assertThat(verzonden.ontvangers()).containsExactly(WIJKTEAM);
        assertThat(verzonden.tijdstip()).isEqualTo(NU.plusSeconds(10));

        overdracht.bevestigOntvangst(WIJKTEAMMEDEWERKER, NU.plusSeconds(20));
        assertThat(type(OverdrachtGebeurtenis.na(VERZONDEN, overdracht).orElseThrow()))
                .isEqualTo(GebeurtenisType.ONTVANGST_BEVESTIGD);
        overdracht.legTerug("Buiten ons gebied.", WIJKTEAMMEDEWERKER, NU.plusSeconds(30));
        assertThat(type(OverdrachtGebeurtenis.na(ONTVANGEN, overdracht).orElseThrow())).isEqualTo(GebeurtenisType.TERUGGELEGD);
        overdracht.trekIn("Opnieuw.", PROCESREGISSEUR, NU.plusSeconds(40));
        assertThat(type(OverdrachtGebeurtenis.na(TERUGGELEGD, overdracht).orElseThrow()))
                .isEqualTo(GebeurtenisType.INGETROKKEN);
        assertThat(in(GEACCEPTEERD)).satisfies(o ->
                assertThat(type(OverdrachtGebeurtenis.na(ONTVANGEN, o).orElseThrow())).isEqualTo(GebeurtenisType.GEACCEPTEERD));
    }

    @Test
    void geenGebeurtenisZonderStatuswijzigingOfVoorEenNooitVerzondenConcept() {
        Overdracht concept = concept();
        assertThat(OverdrachtGebeurtenis.na(CONCEPT, concept)).as("opstellen of wijzigen").isEmpty();
        concept.trekIn("Dubbel aangemaakt.", PROCESREGISSEUR, NU.plusSeconds(10));
        assertThat(OverdrachtGebeurtenis.na(CONCEPT, concept)).as("intrekken van een concept: geen ontvanger").isEmpty();
    }

    @Test
    void elkeStatusBehalveConceptHeeftEenGebeurtenistype() {
        assertThat(GebeurtenisType.bij(CONCEPT)).isEmpty();
        for (OverdrachtStatus status : OverdrachtStatus.values()) {
            GebeurtenisType.bij(status).ifPresent(type -> {
                assertThat(type.type()).startsWith("nl.schakel.overdracht.");
                assertThat(GebeurtenisType.vanType(type.type())).isEqualTo(type);
            });
        }
        assertThat(GebeurtenisType.values()).extracting(GebeurtenisType::type).containsExactly(
                "nl.schakel.overdracht.verzonden", "nl.schakel.overdracht.ontvangst-bevestigd",
                "nl.schakel.overdracht.geaccepteerd", "nl.schakel.overdracht.teruggelegd",
                "nl.schakel.overdracht.ingetrokken", "nl.schakel.overdracht.opgeschaald");
    }

    @Test
    void deOpschalingIsEenGebeurtenisVoorDeOntvangerZonderStatuswijziging() {
        Overdracht overdracht = Voorbeelden.in(ONTVANGEN);
        overdracht.schaalOp(Termijnen.standaard(), Instant.parse("2026-12-10T08:00:00Z"));

        Gebeurtenis opschaling = OverdrachtGebeurtenis.opschaling(overdracht);

        assertThat(type(opschaling)).isEqualTo(GebeurtenisType.OPGESCHAALD);
        assertThat(opschaling.ontvangers()).containsExactly(Voorbeelden.WIJKTEAM);
        assertThat(opschaling.eigenaren()).containsExactly(Voorbeelden.VT);
        assertThat(opschaling.tijdstip()).isEqualTo(Instant.parse("2026-12-10T08:00:00Z"));
        assertThat(opschaling.onderwerp()).isEqualTo(OverdrachtGebeurtenis.onderwerp(overdracht.id()));
        assertThat(GebeurtenisType.bij(overdracht.status())).contains(GebeurtenisType.ONTVANGST_BEVESTIGD);
    }

    private static GebeurtenisType type(Gebeurtenis gebeurtenis) {
        return GebeurtenisType.vanType(gebeurtenis.type());
    }
}
