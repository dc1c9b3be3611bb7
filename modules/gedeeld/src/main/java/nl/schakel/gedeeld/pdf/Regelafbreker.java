package nl.schakel.gedeeld.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Word wrap by the font's glyph widths, each character measured once. PDFBox's {@code getStringWidth} encodes a text and
 * adds its glyphs' widths from left to right; the wrap used to call it for the whole line so far with every word added,
 * measuring each line anew for each of its words (a third of the export's time in the open model's mix,
 * docs/metingen.md, "the fourteenth day"). Here the line's width is carried along and each character's width added to
 * it in the same order, so every sum, and with it every break, is the one that whole-line measuring gave.
 *
 * <p>Only for text the font can draw (what {@code PdfOpmaak.zichtbaar} keeps): one character, one glyph. Not safe
 * between threads, like the document and font it belongs to.
 */
final class Regelafbreker {

    private final PDFont font;
    /** Width in font units (a thousandth of the font size) per character, as the document's text needs them. */
    private final Map<Integer, Float> breedtes = new HashMap<>();

    Regelafbreker(PDFont font) {
        this.font = font;
    }

    /** The lines of a text (and of its own line breaks) at this font size and width; a word longer than a line is cut. */
    List<String> afbreken(String tekst, float grootte, float breedte) {
        List<String> regels = new ArrayList<>();
        for (String alinea : tekst.split("\n", -1)) {
            StringBuilder regel = new StringBuilder();
            float regelbreedte = 0;
            for (String woord : alinea.split(" +")) {
                float poging = regel.isEmpty() ? plus(0, woord) : plus(plus(regelbreedte, " "), woord);
                if (past(poging, grootte, breedte)) {
                    if (!regel.isEmpty()) {
                        regel.append(' ');
                    }
                    regel.append(woord);
                    regelbreedte = poging;
                    continue;
                }
                if (!regel.isEmpty()) {
                    regels.add(regel.toString());
                    regel.setLength(0);
                }
                while (!past(plus(0, woord), grootte, breedte)) {
                    int n = Math.max(1, tekensDiePassen(woord, grootte, breedte));
                    regels.add(woord.substring(0, n));
                    woord = woord.substring(n);
                }
                regel.append(woord);
                regelbreedte = plus(0, woord);
            }
            regels.add(regel.toString());
        }
        return regels;
    }

    /** How many leading characters of a word fit on a line (the widths only grow, so the first that does not ends it). */
    private int tekensDiePassen(String woord, float grootte, float breedte) {
        float som = 0;
        int i = 0;
        while (i < woord.length()) {
            int teken = woord.codePointAt(i);
            som += breedte(teken);
            if (!past(som, grootte, breedte)) {
                return i;
            }
            i += Character.charCount(teken);
        }
        return i;
    }

    /** A width in font units as it becomes on the page: the expression whole-line measuring compared. */
    private static boolean past(float eenheden, float grootte, float breedte) {
        return eenheden / 1000 * grootte <= breedte;
    }

    /** The width so far with a text's characters added, one by one from the left, as PDFBox adds them. */
    private float plus(float som, String tekst) {
        for (int i = 0; i < tekst.length(); ) {
            int teken = tekst.codePointAt(i);
            som += breedte(teken);
            i += Character.charCount(teken);
        }
        return som;
    }

    private float breedte(int teken) {
        return breedtes.computeIfAbsent(teken, t -> {
            try {
                return font.getStringWidth(new String(Character.toChars(t)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
