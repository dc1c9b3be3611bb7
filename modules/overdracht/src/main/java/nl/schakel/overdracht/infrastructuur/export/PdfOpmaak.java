package nl.schakel.overdracht.infrastructuur.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A plain A4 text layout on PDFBox: a header block repeated on every page, headings, label–value lines and
 * wrapped paragraphs, and a footer line with the page number on every page.
 *
 * <p>The font is Liberation Sans, embedded as a subset (Type 0, Unicode): the standard 14 PDF fonts only know
 * WinAnsi and are not embedded, so a reader could substitute them and characters outside WinAnsi would break
 * the export. Liberation Sans (SIL Open Font License) ships inside the PDFBox jar itself, so no font file is
 * added to the repository or the server; if a PDFBox upgrade ever moves it, {@link #PdfOpmaak} fails at once
 * and the unit tests say so.
 */
final class PdfOpmaak implements AutoCloseable {

    static final String LETTERTYPE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MARGE = 56;
    private static final float BREEDTE = A4.getWidth() - 2 * MARGE;
    private static final float TEKST = 10;
    private static final float REGEL = 14;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final List<String> kop;
    private final String voet;
    private PDPageContentStream pagina;
    private float y;

    PdfOpmaak(String titel, List<String> kop, String voet) {
        this.kop = List.copyOf(kop);
        this.voet = voet;
        try (InputStream lettertype = PDDocument.class.getResourceAsStream(LETTERTYPE)) {
            if (lettertype == null) {
                throw new IllegalStateException("lettertype " + LETTERTYPE + " ontbreekt in PDFBox");
            }
            font = PDType0Font.load(document, lettertype, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(titel);
        info.setCreator("Schakel");
        nieuwePagina();
    }

    /** A section heading. */
    void kop(String tekst) {
        ruimte(3 * REGEL);
        y -= REGEL / 2;
        schrijf(tekst, 13, MARGE);
        y -= REGEL + 2;
    }

    /** "label: value" on one line, wrapped under the value when long; nothing when the value is empty. */
    void veld(String label, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return;
        }
        alinea(label + ": " + waarde);
    }

    /** A paragraph, wrapped to the page width. */
    void alinea(String tekst) {
        for (String regel : afbreken(tekst, TEKST, BREEDTE)) {
            ruimte(REGEL);
            schrijf(regel, TEKST, MARGE);
            y -= REGEL;
        }
    }

    /** An item of a list, indented behind a dash. */
    void punt(String tekst) {
        boolean eerste = true;
        for (String regel : afbreken(tekst, TEKST, BREEDTE - 14)) {
            ruimte(REGEL);
            if (eerste) {
                schrijf("–", TEKST, MARGE);
                eerste = false;
            }
            schrijf(regel, TEKST, MARGE + 14);
            y -= REGEL;
        }
    }

    void witregel() {
        y -= REGEL / 2;
    }

    /** The finished document, with the footer and "pagina n van m" on every page. */
    byte[] bytes() {
        try {
            pagina.close();
            int aantal = document.getNumberOfPages();
            for (int i = 0; i < aantal; i++) {
                try (PDPageContentStream voetregel = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    float hoogte = MARGE - 16;
                    for (String regel : afbreken(voet, 8, BREEDTE)) {
                        tekst(voetregel, regel, 8, MARGE, hoogte);
                        hoogte -= 10;
                    }
                    tekst(voetregel, "Pagina " + (i + 1) + " van " + aantal, 8, MARGE, hoogte);
                }
            }
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            document.save(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ruimte(float nodig) {
        if (y - nodig < MARGE + 12) {
            nieuwePagina();
        }
    }

    private void nieuwePagina() {
        try {
            if (pagina != null) {
                pagina.close();
            }
            PDPage nieuw = new PDPage(A4);
            document.addPage(nieuw);
            pagina = new PDPageContentStream(document, nieuw);
            y = A4.getHeight() - MARGE;
            for (String regel : kop) {
                for (String deel : afbreken(regel, 9, BREEDTE)) {
                    schrijf(deel, 9, MARGE);
                    y -= 12;
                }
            }
            pagina.moveTo(MARGE, y + 4);
            pagina.lineTo(MARGE + BREEDTE, y + 4);
            pagina.stroke();
            y -= REGEL;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void schrijf(String tekst, float grootte, float x) {
        try {
            tekst(pagina, tekst, grootte, x, y);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void tekst(PDPageContentStream stroom, String tekst, float grootte, float x, float hoogte) throws IOException {
        stroom.beginText();
        stroom.setFont(font, grootte);
        stroom.newLineAtOffset(x, hoogte);
        stroom.showText(zichtbaar(tekst));
        stroom.endText();
    }

    /** Word-wraps a text (and its own line breaks) to the width; a word longer than a line is cut. */
    private List<String> afbreken(String tekst, float grootte, float breedte) {
        List<String> regels = new ArrayList<>();
        for (String alinea : zichtbaar(tekst).split("\n", -1)) {
            StringBuilder regel = new StringBuilder();
            for (String woord : alinea.split(" +")) {
                String poging = regel.isEmpty() ? woord : regel + " " + woord;
                if (breedte(poging, grootte) <= breedte) {
                    regel.setLength(0);
                    regel.append(poging);
                    continue;
                }
                if (!regel.isEmpty()) {
                    regels.add(regel.toString());
                    regel.setLength(0);
                }
                while (breedte(woord, grootte) > breedte) {
                    int n = woord.length() - 1;
                    while (n > 1 && breedte(woord.substring(0, n), grootte) > breedte) {
                        n--;
                    }
                    regels.add(woord.substring(0, n));
                    woord = woord.substring(n);
                }
                regel.append(woord);
            }
            regels.add(regel.toString());
        }
        return regels;
    }

    private float breedte(String tekst, float grootte) {
        try {
            return font.getStringWidth(tekst) / 1000 * grootte;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps what the font can draw: tabs and other control characters become spaces (content comes from users),
     * and a character without a glyph becomes "?", rather than failing the whole export.
     */
    private String zichtbaar(String tekst) {
        StringBuilder uit = new StringBuilder(tekst.length());
        tekst.replace("\r\n", "\n").codePoints().forEach(teken -> {
            if (teken == '\n') {
                uit.append('\n');
            } else if (Character.isISOControl(teken) || Character.isWhitespace(teken)) {
                uit.append(' ');
            } else if (heeftGlyph(teken)) {
                uit.appendCodePoint(teken);
            } else {
                uit.append('?');
            }
        });
        return uit.toString();
    }

    private boolean heeftGlyph(int teken) {
        try {
            font.encode(new String(Character.toChars(teken)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
