package nl.schakel.gedeeld.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The shared layout's accessibility parts, read back with PDFBox from the saved bytes. */
class PdfOpmaakTest {

    @Test
    void eenDocumentIsGelabeldMetTaalTitelEnStructuur() throws IOException {
        byte[] pdf;
        try (PdfOpmaak opmaak = new PdfOpmaak("Agenda van het overleg", List.of("Schakel – kopregel"), "Voetregel")) {
            opmaak.titel("Agenda");
            opmaak.kop("Agendapunten");
            opmaak.veld("Datum", "15 december 2026");
            opmaak.punt("Agendapunt 1");
            pdf = opmaak.bytes();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalogus = document.getDocumentCatalog();
            assertThat(catalogus.getLanguage()).isEqualTo("nl-NL");
            assertThat(catalogus.getMarkInfo().isMarked()).isTrue();
            assertThat(catalogus.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Agenda van het overleg");
            String xmp = new String(catalogus.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("Agenda van het overleg").contains("<pdfuaid:part>1</pdfuaid:part>");

            PDStructureElement geheel = (PDStructureElement) catalogus.getStructureTreeRoot().getKids().get(0);
            assertThat(geheel.getStructureType()).isEqualTo("Document");
            List<String> typen = new ArrayList<>();
            for (Object kind : geheel.getKids()) {
                typen.add(((PDStructureElement) kind).getStructureType());
            }
            // the header block on page 1 is content (P), then the title, the heading, the field and the list item
            assertThat(typen).containsExactly("P", "H1", "H2", "P", "P");
            // every marked-content id on the page points back to its element through the parent tree
            COSDictionary boom = (COSDictionary) catalogus.getStructureTreeRoot().getCOSObject().getDictionaryObject(COSName.PARENT_TREE);
            COSArray nummers = (COSArray) boom.getDictionaryObject(COSName.NUMS);
            assertThat(nummers.getInt(0)).isZero();
            COSArray opPagina = (COSArray) nummers.getObject(1);
            assertThat(opPagina.size()).isEqualTo(5);
            assertThat(document.getPage(0).getStructParents()).isZero();
            assertThat(new PDFTextStripper().getText(document)).contains("Agenda").contains("Datum: 15 december 2026")
                    .contains("Pagina 1 van 1");
        }
    }

    @Test
    void deTekstlaagHoudtElkeLetterOokWaarHetLettertypeLigaturenKent() throws IOException {
        // letter pairs a font may set as one glyph (fi, fl, ff, ffi, ffl), with the font's substitutions off: a ligature
        // would have no character of its own in the subset's ToUnicode map, and a screen reader or a copy lose letters
        String tekst = "Officiële certificatie, afflux, vlucht, fiets, effect, gefluister en stiftjes.";
        byte[] pdf;
        try (PdfOpmaak opmaak = new PdfOpmaak("Ligaturen", List.of("Kop"), "Voet")) {
            opmaak.alinea(tekst);
            pdf = opmaak.bytes();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(tekst);
        }
    }

    @Test
    void eenAlineaOverDePaginagrensWordtEenElementPerPagina() throws IOException {
        byte[] pdf;
        try (PdfOpmaak opmaak = new PdfOpmaak("Lang", List.of("Kop"), "Voet")) {
            opmaak.alinea("woord ".repeat(2000));
            pdf = opmaak.bytes();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            PDStructureNode geheel = (PDStructureNode) document.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
            for (Object kind : geheel.getKids()) {
                PDStructureElement element = (PDStructureElement) kind;
                COSBase pagina = element.getCOSObject().getDictionaryObject(COSName.PG);
                assertThat(pagina).isInstanceOf(COSDictionary.class);
            }
            assertThat(document.getPage(1).getStructParents()).isEqualTo(1);
            assertThat(document.getDocumentCatalog().getStructureTreeRoot().getParentTreeNextKey())
                    .isEqualTo(document.getNumberOfPages());
        }
    }
}
