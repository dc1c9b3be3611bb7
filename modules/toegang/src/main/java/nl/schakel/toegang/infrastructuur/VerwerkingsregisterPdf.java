package nl.schakel.toegang.infrastructuur;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.schakel.gedeeld.pdf.PdfOpmaak;
import nl.schakel.toegang.domein.bewaren.Bewaarregel;
import nl.schakel.toegang.domein.register.Registerverwerking;
import nl.schakel.toegang.domein.register.Verwerkingsregister;

/**
 * The register of processing as a Dutch PDF (the shared tagged layout): per processing activity the fields of AVG
 * art. 30 lid 1, in the words the screen uses. No personal data: it is the same document for everyone who may read it.
 */
public final class VerwerkingsregisterPdf {

    public static final String TITEL = "Verwerkingsregister Schakel (AVG artikel 30)";

    private static final Map<String, String> ORGANISATIETYPEN = Map.ofEntries(
            Map.entry("VEILIG_THUIS", "Veilig Thuis"),
            Map.entry("WIJKTEAM", "Wijkteam of lokaal team"),
            Map.entry("POLITIE", "Politie"),
            Map.entry("OPENBAAR_MINISTERIE", "Openbaar Ministerie"),
            Map.entry("RECLASSERING", "Reclassering"),
            Map.entry("RAAD_VOOR_DE_KINDERBESCHERMING", "Raad voor de Kinderbescherming"),
            Map.entry("JEUGDBESCHERMING", "Jeugdbescherming (gecertificeerde instelling)"),
            Map.entry("CRISISINTERVENTIETEAM", "Crisis Interventie Team"),
            Map.entry("CENTRUM_HGKM", "Centrum huiselijk geweld en kindermishandeling"),
            Map.entry("ZORG_EN_VEILIGHEIDSHUIS", "Zorg- en Veiligheidshuis"),
            Map.entry("OPVANG", "Opvang"),
            Map.entry("OVERIGE_PARTNER", "Overige partner"),
            Map.entry("PLATFORMBEHEER", "Platformbeheer Schakel"));

    private VerwerkingsregisterPdf() {}

    public static byte[] maak(Verwerkingsregister register) {
        try (PdfOpmaak pdf = new PdfOpmaak(TITEL,
                List.of("Schakel — gegenereerd uit het toegangsbeleid (versie " + register.beleidsversie() + "), de bewaartermijnen (versie "
                        + register.bewaartermijnenversie() + ") en de realm"),
                "Verwerkingsregister Schakel. Geen persoonsgegevens. Gegenereerd uit de configuratie; niet met de hand bewerken.")) {
            pdf.titel(TITEL);
            for (Registerverwerking v : register.verwerkingen()) {
                pdf.kop("Doel: " + leesbaar(v.doel().name()));
                pdf.alinea(v.omschrijving());
                pdf.veld("Grondslag", v.grondslag());
                pdf.veld("Verwerkingsverantwoordelijken", v.verantwoordelijken().stream().map(VerwerkingsregisterPdf::verantwoordelijke)
                        .collect(Collectors.joining("; ")));
                pdf.veld("Categorieën persoonsgegevens", lijst(v.categorieen().stream().map(Enum::name).sorted().toList()));
                pdf.veld("Categorieën betrokkenen", lijst(v.betrokkenen()));
                if (v.ontvangers().isEmpty()) {
                    pdf.veld("Ontvangers", "geen: de gegevens blijven bij de verwerkingsverantwoordelijke");
                } else {
                    pdf.alinea("Ontvangers (en wat zij ten hoogste ontvangen):");
                    v.ontvangers().forEach(o -> pdf.punt(organisatietype(o.organisatietype()) + ": "
                            + lijst(o.categorieen().stream().map(Enum::name).sorted().toList())));
                }
                pdf.veld("Rollen die verwerken", v.rollen().stream().map(r -> r.code()).collect(Collectors.joining(", ")));
                v.bewaardMet().ifPresent(ander -> pdf.veld("Bewaartermijn", "als " + leesbaar(ander.name())));
                pdf.alinea("Bewaartermijnen:");
                for (Bewaarregel r : v.bewaartermijnen()) {
                    pdf.punt(r.brontype() + " van " + organisatietype(r.eigenaar()) + ": " + r.omschrijving() + ". " + r.toelichting());
                }
            }
            return pdf.bytes();
        }
    }

    private static String verantwoordelijke(Registerverwerking.Verantwoordelijke v) {
        String organisaties = v.organisaties().stream().map(o -> o.naam() + " (" + o.code() + ")").collect(Collectors.joining(", "));
        return organisatietype(v.organisatietype()) + (organisaties.isEmpty() ? "" : ": " + organisaties);
    }

    static String organisatietype(String type) {
        return ORGANISATIETYPEN.getOrDefault(type, leesbaar(type));
    }

    /** {@code VERMOEDELIJKE_PLEGER} → "vermoedelijke pleger". */
    static String leesbaar(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String lijst(List<String> codes) {
        return codes.stream().map(VerwerkingsregisterPdf::leesbaar).collect(Collectors.joining(", "));
    }
}
