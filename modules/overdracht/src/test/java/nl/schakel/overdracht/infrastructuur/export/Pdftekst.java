package nl.schakel.overdracht.infrastructuur.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text a reader would copy out of a PDF, whitespace folded to single spaces, to assert on what it holds. */
final class Pdftekst {

    private Pdftekst() {}

    static String van(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // a wrapped line reads as one: assertions should not depend on where the layout breaks
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
