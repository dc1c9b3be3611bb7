package nl.schakel.toegang.infrastructuur;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.schakel.gedeeld.pdf.PdfOpmaak;
import nl.schakel.toegang.toepassing.Inzagerapport.Inhoud;
import nl.schakel.toegang.toepassing.Inzagerapport.Onderdeel;

/**
 * The inzage report as a tagged PDF (the platform's {@link PdfOpmaak}): first the part for the requester, then, on its
 * own heading, the part for the reviewer with every item left out and its reason code. The contact point hands over the
 * first part only; the reviewer's part never reaches the requester.
 */
public final class InzagePdf {

    public static final String TITEL = "Inzage in uw gegevens bij de partners van Schakel";
    public static final String BEOORDELAAR = "Voor de beoordelaar — niet aan de verzoeker verstrekken";

    private static final Map<String, String> BRONTYPEN = Map.of(
            "OVERDRACHT", "Overdracht van Veilig Thuis aan het lokale veld",
            "AANMELDING", "Aanmelding voor het casusoverleg",
            "OVERLEG", "Casusoverleg",
            "AGENDAPUNT", "Agendapunt van het casusoverleg",
            "INBRENG", "Inbreng in het casusoverleg",
            "ACTIE", "Actie uit het casusoverleg",
            "CRISISDOSSIER", "Gezamenlijk crisisdossier");

    private InzagePdf() {}

    public static byte[] maak(Inhoud inhoud) {
        try (PdfOpmaak pdf = new PdfOpmaak(TITEL, List.of("Schakel — inzagerapport bij een verzoek van een betrokkene"),
                "Inzagerapport. Vertrouwelijk: bevat persoonsgegevens.")) {
            pdf.titel(TITEL);
            pdf.veld("Uw verzoek", inhoud.verzoek().soort().omschrijving());
            pdf.veld("Verwijzing", inhoud.verzoek().weergave());
            pdf.veld("Ontvangen op", inhoud.verzoek().termijn().ontvangenOp().toString());
            pdf.veld("Contactpunt", inhoud.contactpunt());

            pdf.kop("Waar gegevens over u zijn vastgelegd");
            if (inhoud.onderdelen().isEmpty()) {
                pdf.alinea("De partners van Schakel hebben geen gegevens over u die wij u kunnen tonen.");
            }
            inhoud.onderdelen().forEach(o -> onderdeel(pdf, o));

            pdf.kop("Wat de organisaties antwoordden");
            if (inhoud.antwoorden().isEmpty()) {
                pdf.alinea("Nog geen antwoorden.");
            }
            inhoud.antwoorden().forEach((organisatie, antwoord) -> pdf.punt(organisatie + ": " + antwoord));

            pdf.kop("Wie uw gegevens inzag");
            pdf.alinea("Per dag: de organisatie, de rol van de medewerker en het doel. Namen van medewerkers staan hier niet in.");
            if (inhoud.inzagen().isEmpty()) {
                pdf.alinea("Niemand.");
            }
            inhoud.inzagen().forEach(pdf::punt);

            pdf.kop(BEOORDELAAR);
            pdf.alinea("Dit deel is voor de beoordelaar bij het contactpunt. Andere gezinsleden en de melder staan nooit in dit rapport: "
                    + "het personenregister koppelt alleen de bronnen van deze persoon.");
            if (inhoud.achtergehouden().isEmpty()) {
                pdf.alinea("Niets achtergehouden.");
            }
            inhoud.achtergehouden().forEach(a -> pdf.punt(a.omschrijving() + " — reden: " + a.redencode()));
            return pdf.bytes();
        }
    }

    /**
     * One resource: its kind, date and owner; then what its flow gives about the person, and the owner for the rest (or
     * for all of it when the flow gives nothing).
     */
    private static void onderdeel(PdfOpmaak pdf, Onderdeel o) {
        String kop = brontype(o.bronType()) + ", sinds " + o.sinds() + ", van " + o.eigenaar() + ".";
        if (o.gegevens().isEmpty()) {
            pdf.punt(kop + " Inhoud op te vragen bij " + o.eigenaar() + ".");
            return;
        }
        pdf.punt(kop);
        o.gegevens().forEach(g -> pdf.veld(g.label(), g.waarde()));
        pdf.alinea("Overige inhoud op te vragen bij " + o.eigenaar() + ".");
        pdf.witregel();
    }

    public static String brontype(String type) {
        return BRONTYPEN.getOrDefault(type, type.charAt(0) + type.substring(1).toLowerCase(Locale.ROOT).replace('_', ' '));
    }
}
