package nl.schakel.crisisdossier.domein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.toegang.domein.bewaren.Bewaartermijnen;
import nl.schakel.toegang.domein.bewaren.Vernietigbaar;
import nl.schakel.toegang.domein.bewaren.Vernietigingskalender;
import org.junit.jupiter.api.Test;

/**
 * The destruction dates of a closed crisis file and its entries, each by its own owner's rule. The reviewed file gives
 * every crisis partner twenty years; a test-only rule set gives one owner a shorter and one a longer term, to prove an
 * entry due earlier goes on its own and a longer-running entry keeps its file.
 */
class CrisisbewaartermijnTest {

    private static final UUID DOSSIER = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    private static final UUID VAN_VT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID VAN_FILOMENA = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
    private static final UUID SCREENING = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final UUID TAAK_CIT = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    /** 23:30 UTC on 31 March is 1 April in the Netherlands: the calendar counts from the Dutch day. */
    private static final Instant AFSLUITING = Instant.parse("2030-03-31T23:30:00Z");

    private static Vernietigingskalender kalender(String... regels) {
        String json = "{\"versie\":\"test\",\"toelichting\":\"Alleen voor deze test.\",\"regels\":[" + String.join(",", regels)
                + "],\"logboek\":{\"termijn\":{\"jaren\":30},\"start\":\"VASTLEGGING\",\"toelichting\":\"Test.\"}}";
        return new Vernietigingskalender(Bewaartermijnen.uit(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }

    private static String regel(String brontype, String eigenaar, String termijn) {
        return "{\"brontype\":\"" + brontype + "\",\"doel\":\"CRISIS\",\"eigenaar\":\"" + eigenaar + "\",\"termijn\":" + termijn
                + ",\"start\":\"AFSLUITING\",\"toelichting\":\"Test.\"}";
    }

    private static final List<Crisisbewaartermijn.Invoer> INVOER = List.of(
            new Crisisbewaartermijn.Invoer("AANTEKENING", VAN_VT, "VTRR", "VEILIG_THUIS"),
            new Crisisbewaartermijn.Invoer("AANTEKENING", VAN_FILOMENA, "FIL", "CENTRUM_HGKM"),
            new Crisisbewaartermijn.Invoer("SCREENINGSVERZOEK", SCREENING, "FIL", "CENTRUM_HGKM"),
            new Crisisbewaartermijn.Invoer("TAAK", TAAK_CIT, "CIT-JBRR", "CRISISINTERVENTIETEAM"));

    @Test
    void metDeHuidigeRegelsGaatAllesTegelijkTwintigJaarNaAfsluiting() {
        Vernietigingskalender kalender = new Vernietigingskalender(new Bewaartermijnen());

        Crisisbewaartermijn termijn = Crisisbewaartermijn.bereken(kalender, DOSSIER, "VTRR", "VEILIG_THUIS", AFSLUITING, INVOER);

        assertThat(termijn.vernietigingsdatum()).isEqualTo(LocalDate.of(2050, 4, 1));
        assertThat(termijn.invoer()).extracting(Vernietigbaar::vernietigingsdatum).containsOnly(LocalDate.of(2050, 4, 1));
        assertThat(termijn.eerderDanHetDossier()).as("niets gaat los").isEmpty();
        Vernietigbaar dossier = termijn.dossier();
        assertThat(dossier.brontype()).isEqualTo("CRISISDOSSIER");
        assertThat(dossier.id()).isEqualTo(DOSSIER);
        assertThat(dossier.eigenaar()).isEqualTo("VTRR");
        assertThat(dossier.klokstart()).isEqualTo(AFSLUITING);
    }

    @Test
    void eenKortereRegelVanEenEigenaarMaaktZijnInvoerEerderVerschuldigdEnLos() {
        Vernietigingskalender kalender = kalender(regel("CRISISDOSSIER", "VEILIG_THUIS", "{\"jaren\":20}"),
                regel("AANTEKENING", "VEILIG_THUIS", "{\"jaren\":20}"), regel("AANTEKENING", "CENTRUM_HGKM", "{\"jaren\":15}"),
                regel("SCREENINGSVERZOEK", "CENTRUM_HGKM", "{\"jaren\":15,\"maanden\":6}"),
                regel("TAAK", "CRISISINTERVENTIETEAM", "{\"jaren\":20}"));

        Crisisbewaartermijn termijn = Crisisbewaartermijn.bereken(kalender, DOSSIER, "VTRR", "VEILIG_THUIS", AFSLUITING, INVOER);

        assertThat(termijn.vernietigingsdatum()).isEqualTo(LocalDate.of(2050, 4, 1));
        assertThat(termijn.eerderDanHetDossier()).extracting(Vernietigbaar::id, Vernietigbaar::vernietigingsdatum, Vernietigbaar::eigenaar)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(VAN_FILOMENA, LocalDate.of(2045, 4, 1), "FIL"),
                        org.assertj.core.groups.Tuple.tuple(SCREENING, LocalDate.of(2045, 10, 1), "FIL"));
        assertThat(termijn.eerderDanHetDossier()).allSatisfy(i -> assertThat(i.klokstart()).isEqualTo(AFSLUITING));
    }

    @Test
    void eenInvoerMetEenLangereRegelHoudtHetDossierVast() {
        Vernietigingskalender kalender = kalender(regel("CRISISDOSSIER", "VEILIG_THUIS", "{\"jaren\":20}"),
                regel("AANTEKENING", "VEILIG_THUIS", "{\"jaren\":20}"), regel("AANTEKENING", "CENTRUM_HGKM", "{\"jaren\":20}"),
                regel("SCREENINGSVERZOEK", "CENTRUM_HGKM", "{\"jaren\":20}"),
                regel("TAAK", "CRISISINTERVENTIETEAM", "{\"jaren\":25}"));

        Crisisbewaartermijn termijn = Crisisbewaartermijn.bereken(kalender, DOSSIER, "VTRR", "VEILIG_THUIS", AFSLUITING, INVOER);

        assertThat(termijn.vernietigingsdatum()).as("de taak van het CIT loopt het langst").isEqualTo(LocalDate.of(2055, 4, 1));
        assertThat(termijn.dossier().vernietigingsdatum()).isEqualTo(LocalDate.of(2055, 4, 1));
        assertThat(termijn.eerderDanHetDossier()).as("wat eerder verschuldigd is, gaat los; de taak gaat met het dossier mee")
                .extracting(Vernietigbaar::id).containsExactlyInAnyOrder(VAN_VT, VAN_FILOMENA, SCREENING);
    }

    @Test
    void eenDossierZonderInvoerVolgtDeRegelVanZijnInitiatiefnemer() {
        Crisisbewaartermijn termijn = Crisisbewaartermijn.bereken(kalender(regel("CRISISDOSSIER", "CRISISINTERVENTIETEAM",
                "{\"maanden\":18}")), DOSSIER, "CIT-JBRR", "CRISISINTERVENTIETEAM", AFSLUITING, List.of());

        assertThat(termijn.vernietigingsdatum()).isEqualTo(LocalDate.of(2031, 10, 1));
        assertThat(termijn.eerderDanHetDossier()).isEmpty();
    }

    @Test
    void eenEigenaarZonderRegelWordtGeweigerdNooitGeraden() {
        Vernietigingskalender kalender = kalender(regel("CRISISDOSSIER", "VEILIG_THUIS", "{\"jaren\":20}"));

        assertThatThrownBy(() -> Crisisbewaartermijn.bereken(kalender, DOSSIER, "VTRR", "VEILIG_THUIS", AFSLUITING,
                List.of(new Crisisbewaartermijn.Invoer("AANTEKENING", VAN_VT, "WT-RDAM-FEIJ", "WIJKTEAM"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AANTEKENING van WIJKTEAM");
    }
}
