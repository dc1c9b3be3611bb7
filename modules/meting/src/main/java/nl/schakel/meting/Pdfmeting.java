package nl.schakel.meting;

import java.util.List;
import java.util.Locale;
import nl.schakel.gedeeld.pdf.PdfOpmaak;

/**
 * The platform's PDF layout ({@link PdfOpmaak}) timed on its own, one thread, after a warm-up: a document of two pages
 * the size of an overdracht's export (a title, eight sections of six fields, a list item and a paragraph each). This
 * is how the export's cost was found (docs/metingen.md: 72 ms per document with the font's glyph substitutions on,
 * 8.5 ms without). System properties: {@code pdfmeting.aantal} (300 timed documents), {@code pdfmeting.opwarmen} (200).
 */
public final class Pdfmeting {

    private Pdfmeting() {}

    public static void main(String[] args) {
        int aantal = Integer.getInteger("pdfmeting.aantal", 300);
        int opwarmen = Integer.getInteger("pdfmeting.opwarmen", 200);
        for (int i = 0; i < opwarmen; i++) {
            document();
        }
        long start = System.nanoTime();
        long bytes = 0;
        for (int i = 0; i < aantal; i++) {
            bytes += document().length;
        }
        double ms = (System.nanoTime() - start) / 1e6 / aantal;
        System.out.printf(Locale.ROOT, "%d PDF's na %d om op te warmen: %.2f ms per document, %d bytes per document%n",
                aantal, opwarmen, ms, bytes / aantal);
    }

    /** Fictional content only. */
    private static byte[] document() {
        try (PdfOpmaak pdf = new PdfOpmaak("Overdracht (meting)", List.of("Schakel – vertrouwelijk", "Veilig Thuis (meting)"),
                "Afgedrukt voor een meting; bevat geen persoonsgegevens.")) {
            pdf.titel("Overdracht van Veilig Thuis aan een wijkteam");
            for (int sectie = 1; sectie <= 8; sectie++) {
                pdf.kop("Sectie " + sectie);
                for (int veld = 1; veld <= 6; veld++) {
                    pdf.veld("Veld " + veld, "Een verzonnen waarde, lang genoeg om over de breedte van de pagina te worden"
                            + " afgebroken, nummer " + veld);
                }
                pdf.punt("Een punt van een lijst");
                pdf.alinea("Een alinea met verzonnen tekst. ".repeat(8));
            }
            return pdf.bytes();
        }
    }
}
