package nl.schakel.toegang.infrastructuur;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.schakel.gedeeld.pdf.PdfOpmaak;
import nl.schakel.toegang.domein.bewaren.Grafsteen;
import nl.schakel.toegang.domein.bewaren.Vernietigingslijst;

/**
 * The certificate of destruction of one carried-out list (PDF/UA, the shared tagged layout): what was destroyed (type
 * and id, owner), when, under which rule, and who approved. No personal data: it is made from the tombstones only.
 */
public final class VernietigingsverklaringPdf {

    public static final String TITEL = "Verklaring van vernietiging";
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", Locale.forLanguageTag("nl-NL"))
            .withZone(ZoneId.of("Europe/Amsterdam"));
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private VernietigingsverklaringPdf() {}

    public static byte[] maak(Vernietigingslijst lijst, List<Grafsteen> grafstenen) {
        try (PdfOpmaak pdf = new PdfOpmaak(TITEL, List.of("Schakel — vernietigingslijst " + lijst.id()),
                "Verklaring van vernietiging. Geen persoonsgegevens: alleen soort, kenmerk, eigenaar en data.")) {
            pdf.titel(TITEL);
            pdf.veld("Vernietigingslijst", lijst.id().toString());
            pdf.veld("Opgesteld op", MOMENT.format(lijst.opgesteldOp()) + " (peildatum " + DATUM.format(lijst.peildatum()) + ")");
            pdf.veld("Goedgekeurd door", lijst.goedgekeurdDoorNaam().orElse("") + lijst.goedgekeurdOp().map(op -> ", " + MOMENT.format(op)).orElse(""));
            pdf.veld("Uitgevoerd op", lijst.uitgevoerdOp().map(MOMENT::format).orElse(""));
            pdf.alinea("De inhoud van de onderstaande bronnen is verwijderd uit alle tabellen die haar hielden, met de toegang en de "
                    + "betrokkenen erbij. Van elke bron blijft een grafsteen (deze gegevens) en blijven de regels in het logboek.");
            pdf.kop("Vernietigd (" + grafstenen.size() + ")");
            for (Grafsteen g : grafstenen) {
                pdf.punt(g.brontype() + " " + g.id() + " — eigenaar " + g.eigenaar() + "; bewaartermijn " + g.regel() + ", klok gestart op "
                        + DATUM.format(g.klokstart().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate()) + ", te vernietigen op "
                        + DATUM.format(g.vernietigingsdatum()) + "; vernietigd op " + MOMENT.format(g.vernietigdOp()) + ".");
            }
            if (grafstenen.isEmpty()) {
                pdf.alinea("Niets: elke bron op deze lijst kreeg een bewaarplicht voordat zij werd uitgevoerd.");
            }
            return pdf.bytes();
        }
    }
}
