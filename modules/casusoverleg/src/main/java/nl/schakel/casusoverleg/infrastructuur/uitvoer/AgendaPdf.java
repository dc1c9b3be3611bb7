package nl.schakel.casusoverleg.infrastructuur.uitvoer;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.schakel.casusoverleg.domein.Agendaoverzicht;
import nl.schakel.casusoverleg.domein.AgendapuntStatus;
import nl.schakel.gedeeld.pdf.PdfOpmaak;

/**
 * The agenda of a meeting for one organisation as a PDF, on the shared tagged layout ({@link PdfOpmaak}): the table,
 * when and where, and per item the organisation may open its number, the case's short reference and the inbreng
 * deadline. The organiser and the chair get every item; a partner only its own, and the file says so, so nobody reads
 * a partner's copy as the whole agenda. No names and no case content: the reference is all a reader learns of a case.
 */
public final class AgendaPdf {

    public static final String MEDIATYPE = "application/pdf";
    static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
    static final DateTimeFormatter KORT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.forLanguageTag("nl-NL"));
    static final String VOETREGEL = "Vertrouwelijk: deze agenda is bestemd voor de genodigden van het casusoverleg en is "
            + "vastgelegd in het logboek van Schakel. De stukken van elk agendapunt staan alleen in Schakel.";

    private AgendaPdf() {}

    public static byte[] maak(Agendaoverzicht overzicht, String organisatienaam, Instant nu) {
        List<String> kop = List.of(
                "Schakel – agenda van het casusoverleg (vertrouwelijk)",
                "Voor: " + organisatienaam + " (" + overzicht.organisatie() + ")",
                "Gemaakt op: " + MOMENT.format(nu.atZone(NEDERLAND)));
        try (PdfOpmaak pdf = new PdfOpmaak("Agenda " + overzicht.tafelnaam() + " " + KORT.format(overzicht.datum()), kop,
                VOETREGEL)) {
            pdf.titel("Agenda " + overzicht.tafelnaam());
            pdf.veld("Datum", DATUM.format(overzicht.datum()));
            pdf.veld("Tijd", overzicht.aanvang() + overzicht.einde().map(einde -> " – " + einde).orElse(""));
            pdf.veld("Plaats", overzicht.plaats().orElse(null));
            pdf.veld("Online", overzicht.onlineLink().orElse(null));
            pdf.kop(overzicht.volledig() ? "Agendapunten" : "Agendapunten waarvoor uw organisatie is uitgenodigd");
            if (overzicht.regels().isEmpty()) {
                pdf.alinea("Er staan nog geen agendapunten op de agenda.");
            }
            for (Agendaoverzicht.Regel regel : overzicht.regels()) {
                pdf.punt("Agendapunt " + regel.volgnummer() + " – casus " + regel.kenmerk() + " – inbreng uiterlijk "
                        + KORT.format(regel.inbrengUiterlijk())
                        + (regel.status() == AgendapuntStatus.AFGESCHAALD ? " (afgeschaald)" : ""));
            }
            if (!overzicht.volledig()) {
                pdf.witregel();
                pdf.alinea("Deze agenda toont alleen de agendapunten van uw organisatie; de volgnummers zijn die van de hele agenda.");
            }
            return pdf.bytes();
        }
    }
}
