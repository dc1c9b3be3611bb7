package nl.schakel.casusoverleg.infrastructuur.uitvoer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.schakel.casusoverleg.domein.ActieStatus;
import nl.schakel.casusoverleg.domein.Agendaoverzicht;
import nl.schakel.casusoverleg.domein.AgendapuntStatus;
import nl.schakel.casusoverleg.domein.Verslag;
import nl.schakel.casusoverleg.domein.Verslagoverzicht;
import nl.schakel.toegang.domein.Gegevenscategorie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The two PDFs of flow 2 (the agenda and the verslag of an item) checked by the real PDF/UA-1 validator flow 1's exports
 * pass (veraPDF), and the verslag's content read back with PDFBox: every section, every action with owner, date and
 * status, the categories it holds in its header; withheld, none of the texts.
 */
class PdfUaTest {

    private static final Instant NU = Instant.parse("2027-03-04T10:15:00Z");
    private static final UUID PUNT = UUID.fromString("7a1b2c3d-0000-4000-8000-000000000001");
    private static final Verslag VERSLAG = new Verslag("Spanning loopt op bij schulden (fictief).\nTwee meldingen in een maand.",
            "Politie legt een huisbezoek af.", "Wijkteam start schuldhulp; over vier weken opnieuw.",
            new Verslag.Casusregisseur("WT-RDAM-FEIJ", "C. de Regisseur (fictief)"));
    private static final List<Verslagoverzicht.Actieregel> ACTIES = List.of(
            new Verslagoverzicht.Actieregel("POL-RR", "Huisbezoek afleggen (fictief).", LocalDate.of(2027, 3, 11), ActieStatus.OPEN,
                    Optional.empty()),
            new Verslagoverzicht.Actieregel("WT-RDAM-FEIJ", "Schuldhulp aanvragen (fictief).", LocalDate.of(2027, 3, 18),
                    ActieStatus.NIET_GEDAAN, Optional.of("Gezin wilde niet (fictief)")));

    @BeforeAll
    static void validator() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void hetVerslagIsPdfUaEnHoudtVerslagPlanRegisseurEnActies() throws Exception {
        byte[] pdf = VerslagPdf.maak(overzicht(Set.of()), "Politie eenheid Rotterdam", NU);

        assertPdfUa(pdf);
        assertThat(tekst(pdf)).contains("Verslag agendapunt 3 – casus C-12345678")
                .contains("Voor: Politie eenheid Rotterdam (POL-RR)").contains("Gegevenscategorieën: VEILIGHEID")
                .contains("Gezamenlijke analyse Spanning loopt op bij schulden (fictief). Twee meldingen in een maand.")
                .contains("Besluiten Politie legt een huisbezoek af.")
                .contains("Plan van aanpak Wijkteam start schuldhulp; over vier weken opnieuw.")
                .contains("Casusregisseur: C. de Regisseur (fictief) (WT-RDAM-FEIJ)")
                .contains("POL-RR: Huisbezoek afleggen (fictief). – uiterlijk 11 maart 2027 – open")
                .contains("WT-RDAM-FEIJ: Schuldhulp aanvragen (fictief). – uiterlijk 18 maart 2027 – niet gedaan (Gezin wilde niet (fictief))")
                .contains("vastgelegd in het logboek van Schakel als export");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Verslag agendapunt 3 – casus C-12345678");
        }
    }

    @Test
    void zonderDeCategorieVanHetVerslagZegtHetBestandWatIsAchtergehoudenEnToontHetNiet() throws Exception {
        byte[] pdf = VerslagPdf.maak(overzicht(Set.of(Gegevenscategorie.VEILIGHEID)), "Politie eenheid Rotterdam", NU);

        assertPdfUa(pdf);
        assertThat(tekst(pdf)).contains("Gegevenscategorieën: geen (achtergehouden: VEILIGHEID)")
                .contains("uw toegang tot dit agendapunt draagt die categorie niet")
                .doesNotContain("schulden").doesNotContain("huisbezoek").doesNotContain("Regisseur").doesNotContain("POL-RR:");
    }

    @Test
    void eenVerslagZonderVerslagEnZonderActiesZegtDat() throws Exception {
        Verslagoverzicht leeg = new Verslagoverzicht(PUNT, "Casusoverleg Huiselijk Geweld Rotterdam-Rijnmond", LocalDate.of(2027, 3, 4),
                1, "C-12345678", "ZVHRR", Optional.empty(), Optional.empty(), List.of(), Set.of());
        byte[] pdf = VerslagPdf.maak(leeg, "Zorg- en Veiligheidshuis Rotterdam-Rijnmond", NU);

        assertPdfUa(pdf);
        assertThat(tekst(pdf)).contains("Er is nog geen verslag vastgelegd.").contains("Geen acties afgesproken.");
    }

    @Test
    void deAgendaIsPdfUa() throws Exception {
        Agendaoverzicht agenda = new Agendaoverzicht(UUID.randomUUID(), "Casusoverleg Huiselijk Geweld Rotterdam-Rijnmond",
                LocalDate.of(2027, 3, 4), LocalTime.of(13, 30), Optional.of(LocalTime.of(16, 0)),
                Optional.of("Zorg- en Veiligheidshuis, vergaderzaal 2"), Optional.empty(), "POL-RR", false, 3,
                List.of(new Agendaoverzicht.Regel(2, "C-12345678", LocalDate.of(2027, 3, 2), AgendapuntStatus.OPEN)));
        assertPdfUa(AgendaPdf.maak(agenda, "Politie eenheid Rotterdam", NU));
    }

    private static Verslagoverzicht overzicht(Set<Gegevenscategorie> achtergehouden) {
        return new Verslagoverzicht(PUNT, "Casusoverleg Huiselijk Geweld Rotterdam-Rijnmond", LocalDate.of(2027, 3, 4), 3,
                "C-12345678", "POL-RR", Optional.of(VERSLAG), Optional.of(NU.minusSeconds(3600)), ACTIES, achtergehouden);
    }

    private static String tekst(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static void assertPdfUa(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult uitslag = validator.validate(parser);
            String gebroken = uitslag.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().collect(Collectors.joining("\n"));
            assertThat(uitslag.isCompliant()).as("PDF/UA-1 volgens veraPDF; gebroken regels:\n%s", gebroken).isTrue();
        }
    }
}
