package nl.schakel.overdracht.infrastructuur.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.overdracht.domein.OverdrachtStatus;
import nl.schakel.overdracht.domein.inhoud.Melder;
import nl.schakel.overdracht.domein.inhoud.Meldersoort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TerugkoppelingTest {

    private static final Melder HUISARTS = new Melder("Dr. A. Visser", "huisarts van het kind", "010-5550000", Meldersoort.PROFESSIONEEL);
    private static final Melder BUURVROUW = new Melder("Buurvrouw Els", "buur", "06-12345678", Meldersoort.PARTICULIER);
    private static final String WIJKTEAM = Partnersoort.inWoorden("WIJKTEAM");
    private static final LocalDate MELDING = LocalDate.of(2026, 11, 10);

    @Test
    void verzondenZegtDatDeOverdrachtInGangIsGezetAanEenSoortPartner() {
        Terugkoppeling brief = Terugkoppeling.voor(OverdrachtStatus.VERZONDEN, HUISARTS, WIJKTEAM, MELDING);

        assertThat(String.join(" ", brief.alineas()))
                .contains("U heeft op 10 november 2026 een melding gedaan bij Veilig Thuis")
                .contains("dragen wij de zorg voor de veiligheid over aan een wijkteam. Die overdracht is in gang gezet.")
                .contains("0800-2000");
        assertThat(brief.aanhef()).isEqualTo("Geachte Dr. A. Visser,");
        assertThat(brief.geadresseerde()).isEqualTo("Dr. A. Visser");
    }

    @Test
    void ontvangenLeestVoorDeMelderAlsVerzonden() {
        assertThat(Terugkoppeling.voor(OverdrachtStatus.ONTVANGEN, HUISARTS, WIJKTEAM, MELDING).alineas())
                .isEqualTo(Terugkoppeling.voor(OverdrachtStatus.VERZONDEN, HUISARTS, WIJKTEAM, MELDING).alineas());
    }

    @Test
    void geaccepteerdZegtDatDeZorgIsOvergedragenEnInBehandeling() {
        String tekst = String.join(" ", Terugkoppeling.voor(OverdrachtStatus.GEACCEPTEERD, BUURVROUW,
                Partnersoort.inWoorden("RAAD_VOOR_DE_KINDERBESCHERMING"), MELDING).alineas());

        assertThat(tekst).contains("is overgedragen aan de Raad voor de Kinderbescherming en daar in behandeling genomen")
                .doesNotContain("in gang gezet");
    }

    @Test
    void teruggelegdNoemtGeenPartnerMaarDatVeiligThuisBetrokkenBlijft() {
        String tekst = String.join(" ", Terugkoppeling.voor(OverdrachtStatus.TERUGGELEGD, HUISARTS, WIJKTEAM, MELDING).alineas());

        assertThat(tekst).contains("Veilig Thuis zorgt ervoor dat dit vervolg er komt en blijft tot die tijd betrokken")
                .doesNotContain("wijkteam");
    }

    @Test
    void ingetrokkenZegtDatVeiligThuisDeZorgZelfHoudt() {
        assertThat(String.join(" ", Terugkoppeling.voor(OverdrachtStatus.INGETROKKEN, BUURVROUW, WIJKTEAM, null).alineas()))
                .contains("U heeft een melding gedaan bij Veilig Thuis")
                .contains("houdt de zorg voor de veiligheid voorlopig zelf in handen")
                .doesNotContain("wijkteam");
    }

    @Test
    void eenParticuliereMelderKrijgtEenEenvoudigeBriefZonderBeroepsgeheim() {
        Terugkoppeling brief = Terugkoppeling.voor(OverdrachtStatus.VERZONDEN, BUURVROUW, WIJKTEAM, MELDING);

        assertThat(brief.aanhef()).isEqualTo("Beste Buurvrouw Els,");
        assertThat(String.join(" ", brief.alineas())).contains("kunnen wij u niet vertellen wat er precies gebeurt")
                .doesNotContain("beroepsgeheim");
    }

    @Test
    void eenMelderZonderSoortKrijgtDeVoorzichtigeParticuliereBrief() {
        Terugkoppeling brief = Terugkoppeling.voor(OverdrachtStatus.VERZONDEN, new Melder("Buur", "buur", null, null), WIJKTEAM, MELDING);

        assertThat(brief.aanhef()).isEqualTo("Beste Buur,");
    }

    @ParameterizedTest
    @EnumSource(value = OverdrachtStatus.class, names = "CONCEPT", mode = EnumSource.Mode.EXCLUDE)
    void eenAnoniemeOfOnbekendeMelderKrijgtGeenBrief(OverdrachtStatus status) {
        for (Melder melder : new Melder[] {null, new Melder("Iemand", null, "06-1", Meldersoort.ANONIEM),
                new Melder(" ", null, "06-12345678", Meldersoort.PROFESSIONEEL)}) {
            assertThatThrownBy(() -> Terugkoppeling.voor(status, melder, WIJKTEAM, MELDING))
                    .isInstanceOfSatisfying(ConflictFout.class, f -> assertThat(f.code()).isEqualTo("OVD-020"));
        }
    }

    @Test
    void eenConceptHeeftNogNietsTerugTeKoppelen() {
        assertThatThrownBy(() -> Terugkoppeling.voor(OverdrachtStatus.CONCEPT, HUISARTS, null, MELDING))
                .isInstanceOfSatisfying(ConflictFout.class, f -> assertThat(f.code()).isEqualTo("OVD-021"));
    }

    @Test
    void deBriefBevatAlleenDeTerugkoppelingMetAfzenderEnDatum() {
        byte[] pdf = Terugkoppelingsbrief.maak(Terugkoppeling.voor(OverdrachtStatus.GEACCEPTEERD, HUISARTS, WIJKTEAM, MELDING),
                "Veilig Thuis Rotterdam Rijnmond", Instant.parse("2026-11-25T23:30:00Z"));

        String tekst = Pdftekst.van(pdf);
        assertThat(tekst).contains("Veilig Thuis Rotterdam Rijnmond", "Datum: 26 november 2026", "Aan: Dr. A. Visser",
                "Geachte Dr. A. Visser,", "een wijkteam en daar in behandeling genomen", "Met vriendelijke groet,",
                "alleen bestemd voor de geadresseerde");
        assertThat(tekst).doesNotContain("logboek", "huisarts van het kind");
    }

    @Test
    void deBriefDraagtHetZaaknummerAlsKenmerk() {
        byte[] pdf = Terugkoppelingsbrief.maak(Terugkoppeling.voor(OverdrachtStatus.VERZONDEN, HUISARTS, WIJKTEAM, MELDING),
                "Veilig Thuis Rotterdam Rijnmond", Instant.parse("2026-11-25T12:00:00Z"), "1234abcd");

        assertThat(Pdftekst.van(pdf)).contains("Ons kenmerk: 1234abcd");
    }

    @Test
    void eenOnbekendTypePartnerHeetNeutraal() {
        assertThat(Partnersoort.inWoorden("OVERIGE_PARTNER")).isEqualTo("een hulpverlenende organisatie");
        assertThat(Partnersoort.inWoorden(null)).isEqualTo("een hulpverlenende organisatie");
        assertThat(Partnersoort.inWoorden("WIJKTEAM")).isEqualTo("een wijkteam");
    }
}
