package nl.schakel.overdracht.infrastructuur.export;

import nl.schakel.gedeeld.pdf.PdfOpmaak;
import java.time.Instant;
import java.util.List;

/**
 * The feedback letter to the melder as a PDF, from a {@link Terugkoppeling} that already holds everything it may
 * say. The letter carries no case reference a family member could look up: only the sender, the date and the
 * addressee.
 */
public final class Terugkoppelingsbrief {

    static final String VOETREGEL = "Vertrouwelijk – alleen bestemd voor de geadresseerde.";

    private Terugkoppelingsbrief() {}

    public static byte[] maak(Terugkoppeling terugkoppeling, String afzender, Instant datum) {
        return maak(terugkoppeling, afzender, datum, null);
    }

    /**
     * With {@code kenmerk} (the case number, nothing that identifies the family): the melder can quote it when calling
     * Veilig Thuis, so the letter leads back to the case.
     */
    public static byte[] maak(Terugkoppeling terugkoppeling, String afzender, Instant datum, String kenmerk) {
        List<String> koptekst = new java.util.ArrayList<>(List.of(afzender,
                "Datum: " + Teksten.datum(datum.atZone(Teksten.NEDERLAND).toLocalDate()), "Betreft: terugkoppeling op uw melding"));
        if (kenmerk != null && !kenmerk.isBlank()) {
            koptekst.add("Ons kenmerk: " + kenmerk + " (noem dit als u ons belt)");
        }
        try (PdfOpmaak pdf = new PdfOpmaak("Terugkoppeling op uw melding", koptekst, VOETREGEL)) {
            pdf.alinea("Aan: " + terugkoppeling.geadresseerde());
            pdf.witregel();
            pdf.witregel();
            pdf.alinea(terugkoppeling.aanhef());
            pdf.witregel();
            for (String alinea : terugkoppeling.alineas()) {
                pdf.alinea(alinea);
                pdf.witregel();
            }
            pdf.witregel();
            pdf.alinea("Met vriendelijke groet,");
            pdf.witregel();
            pdf.alinea(afzender);
            return pdf.bytes();
        }
    }
}
