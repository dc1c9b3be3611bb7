package nl.schakel.overdracht.domein;

import static nl.schakel.overdracht.domein.OverdrachtStatus.*;
import static nl.schakel.overdracht.domein.Voorbeelden.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GebeurtenisTest {

    @Test
    void elkeStapNaHetVerzendenIsEenGebeurtenisMetDeTijdVanDeWijziging() {
        Overdracht overdracht = concept();
        overdracht.verzend(WIJKTEAM, WIJKTEAMCATEGORIEEN, PROCESREGISSEUR, NU.plusSeconds(10));

        Gebeurtenis verzonden = Gebeurtenis.na(CONCEPT, overdracht).orElseThrow();
        assertThat(verzonden.type()).isEqualTo(GebeurtenisType.VERZONDEN);
        assertThat(verzonden.type().type()).isEqualTo("nl.schakel.overdracht.verzonden");
        assertThat(verzonden.overdrachtId()).isEqualTo(overdracht.id());
        assertThat(verzonden.eigenaar()).isEqualTo(VT);
        assertThat(verzonden.ontvanger()).isEqualTo(WIJKTEAM);
        assertThat(verzonden.tijdstip()).isEqualTo(NU.plusSeconds(10));

        overdracht.bevestigOntvangst(WIJKTEAMMEDEWERKER, NU.plusSeconds(20));
        assertThat(Gebeurtenis.na(VERZONDEN, overdracht).orElseThrow().type()).isEqualTo(GebeurtenisType.ONTVANGST_BEVESTIGD);
        overdracht.legTerug("Buiten ons gebied.", WIJKTEAMMEDEWERKER, NU.plusSeconds(30));
        assertThat(Gebeurtenis.na(ONTVANGEN, overdracht).orElseThrow().type()).isEqualTo(GebeurtenisType.TERUGGELEGD);
        overdracht.trekIn("Opnieuw.", PROCESREGISSEUR, NU.plusSeconds(40));
        assertThat(Gebeurtenis.na(TERUGGELEGD, overdracht).orElseThrow().type()).isEqualTo(GebeurtenisType.INGETROKKEN);
        assertThat(in(GEACCEPTEERD)).satisfies(o ->
                assertThat(Gebeurtenis.na(ONTVANGEN, o).orElseThrow().type()).isEqualTo(GebeurtenisType.GEACCEPTEERD));
    }

    @Test
    void geenGebeurtenisZonderStatuswijzigingOfVoorEenNooitVerzondenConcept() {
        Overdracht concept = concept();
        assertThat(Gebeurtenis.na(CONCEPT, concept)).as("opstellen of wijzigen").isEmpty();
        concept.trekIn("Dubbel aangemaakt.", PROCESREGISSEUR, NU.plusSeconds(10));
        assertThat(Gebeurtenis.na(CONCEPT, concept)).as("intrekken van een concept: geen ontvanger").isEmpty();
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
        overdracht.schaalOp(Termijnen.standaard(), java.time.Instant.parse("2026-12-10T08:00:00Z"));

        Gebeurtenis opschaling = Gebeurtenis.opschaling(overdracht);

        assertThat(opschaling.type()).isEqualTo(GebeurtenisType.OPGESCHAALD);
        assertThat(opschaling.ontvanger()).isEqualTo(Voorbeelden.WIJKTEAM);
        assertThat(opschaling.eigenaar()).isEqualTo(Voorbeelden.VT);
        assertThat(opschaling.tijdstip()).isEqualTo(java.time.Instant.parse("2026-12-10T08:00:00Z"));
        assertThat(GebeurtenisType.bij(overdracht.status())).contains(GebeurtenisType.ONTVANGST_BEVESTIGD);
    }
}
