package nl.schakel.gedeeld.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A plain A4 text layout on PDFBox for every PDF the platform produces: a header block repeated on every page,
 * headings, label–value lines and wrapped paragraphs, and a footer line with the page number on every page.
 *
 * <p>The font is Liberation Sans, embedded as a subset (Type 0, Unicode): the standard 14 PDF fonts only know
 * WinAnsi and are not embedded, so a reader could substitute them and characters outside WinAnsi would break
 * the export. Liberation Sans (SIL Open Font License) ships inside the PDFBox jar itself, so no font file is
 * added to the repository or the server; if a PDFBox upgrade ever moves it, {@link #PdfOpmaak} fails at once
 * and the unit tests say so. Its glyph substitution table (GSUB) is switched off: PDFBox ran every line through it
 * by compiling regular expressions per line, which was most of an export's time (72 ms for a two-page document, 8.8
 * ms without, timed by the meting module's Pdfmeting; a flight recording showed where), while for Dutch text in this font it changed nothing we could find
 * (documents of the same size, the text layer keeps every letter). The font file is read from the jar on first use and
 * kept, and parsed per document (a parsed font is not safe to share between threads). Lines are wrapped by
 * {@link Regelafbreker}, which measures each character once (3.9 ms for the same document instead of 7.7).
 *
 * <p>The document is <b>tagged</b> (the PDF/UA-1 basics, for screen readers): language {@code nl-NL}, the title in
 * the document information and the XMP metadata and shown instead of the file name ({@code DisplayDocTitle}), a
 * structure tree with a {@code Document} element holding headings ({@code H1}, {@code H2}) and paragraphs
 * ({@code P}) in reading order, each line of text bound to its element by a marked-content id. The header block
 * is content on the first page and a pagination artifact on the others, like the rule and the footer, so a reader
 * reads it once. It is not validated as PDF/UA by a checker here (none is on Maven Central for Java); the unit test
 * checks the parts above.
 */
public final class PdfOpmaak implements AutoCloseable {

    public static final String LETTERTYPE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    public static final String TAAL = "nl-NL";

    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MARGE = 56;
    private static final float BREEDTE = A4.getWidth() - 2 * MARGE;
    private static final float TEKST = 10;
    private static final float REGEL = 14;

    /**
     * The font file (about 400 kB), read from the PDFBox jar on first use. Not a static initialiser: a missing file
     * must fail every construction with a message naming it, not once with an ExceptionInInitializerError and then
     * with a NoClassDefFoundError that names nothing. Two threads that both read it first keep either copy.
     */
    private static volatile byte[] lettertypeBestand;

    private final PDDocument document = new PDDocument();
    private final TrueTypeFont lettertype;
    private final PDType0Font font;
    private final Regelafbreker afbreker;
    private final List<String> kop;
    private final String voet;
    private final PDStructureElement geheel;
    /** Per page (its StructParents key): the structure element of each marked-content id, in id order. */
    private final Map<Integer, COSArray> ouderboom = new HashMap<>();
    private PDPage huidige;
    private PDPageContentStream pagina;
    private float y;

    public PdfOpmaak(String titel, List<String> kop, String voet) {
        this.kop = List.copyOf(kop);
        this.voet = voet;
        try {
            lettertype = new TTFParser().parse(new RandomAccessReadBuffer(lettertypeBestand()));
            lettertype.setEnableGsub(false);
            font = PDType0Font.load(document, lettertype, true);
            afbreker = new Regelafbreker(font);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(titel);
        info.setCreator("Schakel");
        geheel = toegankelijk(titel);
        nieuwePagina();
    }

    /** The document's own title, once, as its top heading. */
    public void titel(String tekst) {
        ruimte(3 * REGEL);
        regels(StandardStructureTypes.H1, afbreken(tekst, 15, BREEDTE), 15, MARGE, REGEL + 6);
        y -= REGEL / 2;
    }

    /** A section heading. */
    public void kop(String tekst) {
        ruimte(3 * REGEL);
        y -= REGEL / 2;
        regels(StandardStructureTypes.H2, afbreken(tekst, 13, BREEDTE), 13, MARGE, REGEL + 2);
    }

    /** "label: value" on one line, wrapped under the value when long; nothing when the value is empty. */
    public void veld(String label, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return;
        }
        alinea(label + ": " + waarde);
    }

    /** A paragraph, wrapped to the page width. */
    public void alinea(String tekst) {
        regels(StandardStructureTypes.P, afbreken(tekst, TEKST, BREEDTE), TEKST, MARGE, REGEL);
    }

    /** An item of a list, indented behind a dash. */
    public void punt(String tekst) {
        List<String> regels = new ArrayList<>(afbreken(tekst, TEKST, BREEDTE - 14));
        Element element = null;
        for (int i = 0; i < regels.size(); i++) {
            if (ruimte(REGEL) || element == null) {
                element = new Element(StandardStructureTypes.P);
            }
            String regel = (i == 0 ? "– " : "") + regels.get(i);
            element.schrijf(regel, TEKST, i == 0 ? MARGE : MARGE + 14);
            y -= REGEL;
        }
    }

    public void witregel() {
        y -= REGEL / 2;
    }

    /** The finished document, with the footer and "pagina n van m" on every page. */
    public byte[] bytes() {
        try {
            pagina.close();
            int aantal = document.getNumberOfPages();
            for (int i = 0; i < aantal; i++) {
                try (PDPageContentStream voetregel = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    voetregel.beginMarkedContent(COSName.ARTIFACT);
                    float hoogte = MARGE - 16;
                    for (String regel : afbreken(voet, 8, BREEDTE)) {
                        tekst(voetregel, regel, 8, MARGE, hoogte);
                        hoogte -= 10;
                    }
                    tekst(voetregel, "Pagina " + (i + 1) + " van " + aantal, 8, MARGE, hoogte);
                    voetregel.endMarkedContent();
                }
            }
            PDNumberTreeNode boom = new PDNumberTreeNode(COSArray.class);
            boom.setNumbers(new HashMap<Integer, COSObjectable>(ouderboom));
            document.getDocumentCatalog().getStructureTreeRoot().setParentTree(boom);
            document.getDocumentCatalog().getStructureTreeRoot().setParentTreeNextKey(aantal);
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            document.save(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        // the document does not close a font it was handed parsed, so the font is closed after it, whatever happens
        try {
            try {
                document.close();
            } finally {
                lettertype.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] lettertypeBestand() {
        byte[] bestand = lettertypeBestand;
        if (bestand == null) {
            bestand = leesLettertype();
            lettertypeBestand = bestand;
        }
        return bestand;
    }

    private static byte[] leesLettertype() {
        try (InputStream bestand = PDDocument.class.getResourceAsStream(LETTERTYPE)) {
            if (bestand == null) {
                throw new IllegalStateException("lettertype " + LETTERTYPE + " ontbreekt in PDFBox");
            }
            return bestand.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Language, marked, title shown, XMP with the title and the PDF/UA identification, and the structure root. */
    private PDStructureElement toegankelijk(String titel) {
        PDDocumentCatalog catalogus = document.getDocumentCatalog();
        catalogus.setLanguage(TAAL);
        PDMarkInfo markering = new PDMarkInfo();
        markering.setMarked(true);
        catalogus.setMarkInfo(markering);
        PDViewerPreferences voorkeuren = new PDViewerPreferences(new COSDictionary());
        voorkeuren.setDisplayDocTitle(true);
        catalogus.setViewerPreferences(voorkeuren);
        try {
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xmp(titel).getBytes(StandardCharsets.UTF_8));
            catalogus.setMetadata(metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PDStructureTreeRoot wortel = new PDStructureTreeRoot();
        catalogus.setStructureTreeRoot(wortel);
        PDStructureElement element = new PDStructureElement(StandardStructureTypes.DOCUMENT, wortel);
        element.setTitle(titel);
        element.setLanguage(TAAL);
        wortel.appendKid(element);
        return element;
    }

    private static String xmp(String titel) {
        String veilig = titel.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                      xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                   <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
                   <xmp:CreatorTool>Schakel</xmp:CreatorTool>
                   <pdfuaid:part>1</pdfuaid:part>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>
                """.formatted(veilig, TAAL);
    }

    /** Lines of one element; a page break inside it continues in a new element of the same type on the next page. */
    private void regels(String type, List<String> regels, float grootte, float x, float afstand) {
        Element element = null;
        for (String regel : regels) {
            if (ruimte(afstand) || element == null) {
                element = new Element(type);
            }
            element.schrijf(regel, grootte, x);
            y -= afstand;
        }
    }

    /** Starts a new page when {@code nodig} does not fit; true when it did. */
    private boolean ruimte(float nodig) {
        if (y - nodig < MARGE + 12) {
            nieuwePagina();
            return true;
        }
        return false;
    }

    private void nieuwePagina() {
        try {
            if (pagina != null) {
                pagina.close();
            }
            boolean eerste = huidige == null;
            huidige = new PDPage(A4);
            huidige.setStructParents(document.getNumberOfPages());
            document.addPage(huidige);
            ouderboom.put(huidige.getStructParents(), new COSArray());
            pagina = new PDPageContentStream(document, huidige);
            y = A4.getHeight() - MARGE;
            if (eerste) {
                for (String regel : kop) {
                    regels(StandardStructureTypes.P, afbreken(regel, 9, BREEDTE), 9, MARGE, 12);
                }
            } else {
                pagina.beginMarkedContent(COSName.ARTIFACT);
                for (String regel : kop) {
                    for (String deel : afbreken(regel, 9, BREEDTE)) {
                        tekst(pagina, deel, 9, MARGE, y);
                        y -= 12;
                    }
                }
                pagina.endMarkedContent();
            }
            pagina.beginMarkedContent(COSName.ARTIFACT);
            pagina.moveTo(MARGE, y + 4);
            pagina.lineTo(MARGE + BREEDTE, y + 4);
            pagina.stroke();
            pagina.endMarkedContent();
            y -= REGEL;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One structure element on the current page; each line written is one marked-content sequence of it. */
    private final class Element {

        private final PDStructureElement structuur;
        private final PDPage op;

        Element(String type) {
            structuur = new PDStructureElement(type, geheel);
            op = huidige;
            structuur.setPage(op);
            geheel.appendKid(structuur);
        }

        void schrijf(String regel, float grootte, float x) {
            COSArray opPagina = ouderboom.get(op.getStructParents());
            int mcid = opPagina.size();
            COSDictionary eigenschappen = new COSDictionary();
            eigenschappen.setInt(COSName.MCID, mcid);
            try {
                pagina.beginMarkedContent(COSName.getPDFName(structuur.getStructureType()), PDPropertyList.create(eigenschappen));
                tekst(pagina, regel, grootte, x, y);
                pagina.endMarkedContent();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            structuur.appendKid(new PDMarkedContent(
                    COSName.getPDFName(structuur.getStructureType()), eigenschappen));
            opPagina.add(structuur);
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
        return afbreker.afbreken(zichtbaar(tekst), grootte, breedte);
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
