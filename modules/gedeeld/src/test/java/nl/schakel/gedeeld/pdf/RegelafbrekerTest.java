package nl.schakel.gedeeld.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The wrap that measures each character once gives the lines that measuring every line anew gave, on the real font. */
class RegelafbrekerTest {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzéëïöüABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:-–'()?!€";
    private static final float[] GROOTTES = {8, 9, 10, 13, 15};
    /** The page's widths, and narrow ones that cut words often; at least as wide as the widest letter at 15 pt. */
    private static final float[] BREEDTES = {483.28f, 469.28f, 120, 31.5f, 15};

    private PDDocument document;
    private PDType0Font font;

    @BeforeEach
    void lettertype() throws IOException {
        document = new PDDocument();
        try (InputStream in = PdfOpmaak.class.getResourceAsStream(PdfOpmaak.LETTERTYPE)) {
            TrueTypeFont lettertype = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            lettertype.setEnableGsub(false);
            font = PDType0Font.load(document, lettertype, true);
        }
    }

    @AfterEach
    void sluit() throws IOException {
        document.close();
    }

    @Test
    void dezelfdeRegelsAlsElkeRegelOpnieuwMeten() {
        Regelafbreker afbreker = new Regelafbreker(font);
        Random toeval = new Random(20261205);
        int vergeleken = 0;
        int afgebroken = 0;
        for (int n = 0; n < 150; n++) {
            String tekst = tekst(toeval);
            for (float grootte : GROOTTES) {
                for (float breedte : BREEDTES) {
                    List<String> verwacht = zoalsVoorheen(tekst, grootte, breedte);
                    assertThat(afbreker.afbreken(tekst, grootte, breedte)).as("%s op %s pt, %s breed", tekst, grootte, breedte)
                            .isEqualTo(verwacht);
                    vergeleken++;
                    afgebroken += verwacht.size();
                }
            }
        }
        // the texts really were wrapped, and long words really were cut, not passed through as one line each
        assertThat(vergeleken).isEqualTo(150 * GROOTTES.length * BREEDTES.length);
        assertThat(afgebroken).isGreaterThan(20 * vergeleken);
    }

    @Test
    void elkeRegelPastEnGeenTekenGaatVerloren() {
        Regelafbreker afbreker = new Regelafbreker(font);
        String tekst = "Een verzonnen verslag van het overleg, met een woord dat langer is dan een regel: "
                + "x".repeat(300) + "\nen een tweede alinea  met twee spaties.";
        List<String> regels = afbreker.afbreken(tekst, 10, 120);
        for (String regel : regels) {
            assertThat(breedte(regel) / 1000 * 10).as(regel).isLessThanOrEqualTo(120);
        }
        assertThat(String.join("", regels).replace(" ", "")).isEqualTo(tekst.replace(" ", "").replace("\n", ""));
        assertThat(regels).contains("en een tweede alinea met");
    }

    @Test
    void eenLetterBrederDanDeRegelKrijgtEenRegelVoorZich() {
        // the old wrap never ended here (it cut a word of one letter into nothing and that letter again); no page of the
        // platform is that narrow, but a wrap must end
        List<String> regels = new Regelafbreker(font).afbreken("WWW", 15, 6);
        assertThat(regels).containsExactly("W", "W", "W", "");
    }

    /** Words of 1 to 12 letters, now and then one of 40 to 120 (cut), double spaces and line breaks. */
    private static String tekst(Random toeval) {
        StringBuilder tekst = new StringBuilder();
        int woorden = 1 + toeval.nextInt(80);
        for (int w = 0; w < woorden; w++) {
            int lengte = toeval.nextInt(25) == 0 ? 40 + toeval.nextInt(80) : 1 + toeval.nextInt(12);
            for (int i = 0; i < lengte; i++) {
                tekst.append(LETTERS.charAt(toeval.nextInt(LETTERS.length())));
            }
            int tussen = toeval.nextInt(20);
            tekst.append(tussen == 0 ? "\n" : tussen == 1 ? "   " : " ");
        }
        return tekst.toString();
    }

    /** The wrap as PdfOpmaak had it until the fourteenth day: every attempt measured whole by PDFBox. */
    private List<String> zoalsVoorheen(String tekst, float grootte, float breedte) {
        List<String> regels = new ArrayList<>();
        for (String alinea : tekst.split("\n", -1)) {
            StringBuilder regel = new StringBuilder();
            for (String woord : alinea.split(" +")) {
                String poging = regel.isEmpty() ? woord : regel + " " + woord;
                if (breedte(poging) / 1000 * grootte <= breedte) {
                    regel.setLength(0);
                    regel.append(poging);
                    continue;
                }
                if (!regel.isEmpty()) {
                    regels.add(regel.toString());
                    regel.setLength(0);
                }
                while (breedte(woord) / 1000 * grootte > breedte) {
                    int n = woord.length() - 1;
                    while (n > 1 && breedte(woord.substring(0, n)) / 1000 * grootte > breedte) {
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

    private float breedte(String tekst) {
        try {
            return font.getStringWidth(tekst);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
