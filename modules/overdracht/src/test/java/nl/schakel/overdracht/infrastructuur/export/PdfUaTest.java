package nl.schakel.overdracht.infrastructuur.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.stream.Collectors;
import nl.schakel.overdracht.domein.Overdracht;
import nl.schakel.overdracht.domein.OverdrachtStatus;
import nl.schakel.overdracht.domein.WarmeOverdracht;
import nl.schakel.overdracht.domein.Voorbeelden;
import nl.schakel.overdracht.domein.inhoud.Melder;
import nl.schakel.overdracht.domein.inhoud.Meldersoort;
import nl.schakel.toegang.domein.Gegevenscategorie;
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
 * The two PDFs of flow 1 checked by a real PDF/UA-1 validator (veraPDF, the PDF Association's reference checker, its
 * Maven artifacts): language, tags, structure and reading order, fonts, metadata. A failed rule is named with its
 * clause of ISO 14289-1, so the message says what to mend.
 */
class PdfUaTest {

    private static final Exportkop KOP = new Exportkop("Mo Amrani", "Wijkteam Feijenoord", Instant.parse("2026-11-25T15:40:00Z"),
            "OVERDRACHT", "Wmo 2015, hoofdstuk 4 (taken Veilig Thuis) en Jeugdwet", "Veilig Thuis Rotterdam Rijnmond",
            "Wijkteam Feijenoord");

    @BeforeAll
    static void validator() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void deExportIsPdfUa() throws Exception {
        Overdracht overdracht = Voorbeelden.in(OverdrachtStatus.ONTVANGEN);
        overdracht.planWarmeOverdracht(new WarmeOverdracht(LocalDate.of(2026, 12, 3), LocalTime.of(10, 30), "Wijkteamkantoor"),
                Voorbeelden.WIJKTEAMMEDEWERKER, Voorbeelden.NU.plusSeconds(60));
        assertPdfUa(OverdrachtExport.maak(overdracht, EnumSet.allOf(Gegevenscategorie.class), KOP));
    }

    @Test
    void deTerugkoppelingsbriefIsPdfUa() throws Exception {
        Melder melder = new Melder("Dr. A. Visser", "huisarts van het kind", "010-5550000", Meldersoort.PROFESSIONEEL);
        assertPdfUa(Terugkoppelingsbrief.maak(Terugkoppeling.voor(OverdrachtStatus.GEACCEPTEERD, melder,
                Partnersoort.inWoorden("WIJKTEAM"), LocalDate.of(2026, 11, 10)), "Veilig Thuis Rotterdam Rijnmond",
                Instant.parse("2026-11-25T12:00:00Z"), "1234abcd"));
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
