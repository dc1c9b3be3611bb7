package nl.schakel.overdracht.infrastructuur.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import nl.schakel.toegang.domein.Gegevenscategorie;

/**
 * The Dutch words the PDFs print for the API's values: the same as the UI's {@code overdracht/labels.ts}, so a
 * printed overdracht reads like the screen. Unknown values are printed as they are.
 */
final class Teksten {

    static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", NL);

    static final Map<String, String> STATUS = Map.of(
            "CONCEPT", "Concept", "VERZONDEN", "Verzonden", "ONTVANGEN", "Ontvangen", "GEACCEPTEERD", "Geaccepteerd",
            "TERUGGELEGD", "Teruggelegd", "INGETROKKEN", "Ingetrokken");

    static final Map<String, String> CATEGORIE = Map.of(
            "IDENTITEIT", "Identiteit", "BSN", "Burgerservicenummer (BSN)", "CONTACT", "Contactgegevens",
            "ADRES_AFGESCHERMD", "Afgeschermd adres", "VEILIGHEID", "Veiligheid", "HULPVERLENING", "Hulpverlening",
            "GEZONDHEID", "Gezondheid", "JUSTITIEEL", "Justitiële informatie", "MELDER", "Gegevens van de melder");

    static final Map<String, String> UITKOMST = Map.of(
            "GEEN_VERVOLG", "Geen vervolg",
            "OVERDRACHT_LOKAAL_VELD", "Overdracht aan het lokale veld (wijkteam)",
            "OVERDRACHT_LOPENDE_HULPVERLENING", "Overdracht aan de lopende hulpverlening",
            "OVERDRACHT_MULTIDISCIPLINAIR_TEAM", "Overdracht aan een multidisciplinair team",
            "OVERDRACHT_DIRECTBETROKKENEN", "Overdracht aan de directbetrokkenen",
            "CRISISINTERVENTIE", "Crisisinterventie", "ONDERZOEK", "Onderzoek",
            "VOORWAARDEN_EN_VERVOLG", "Voorwaarden en vervolg", "TIJDELIJK_HUISVERBOD", "Tijdelijk huisverbod");

    static final Map<String, String> GEWELDSVORM = Map.ofEntries(
            Map.entry("LICHAMELIJK", "Lichamelijk geweld"), Map.entry("PSYCHISCH", "Psychisch geweld"),
            Map.entry("SEKSUEEL", "Seksueel geweld"), Map.entry("VERWAARLOZING", "Verwaarlozing"),
            Map.entry("ECONOMISCH", "Economisch geweld"), Map.entry("GETUIGE_HUISELIJK_GEWELD", "Getuige van huiselijk geweld"),
            Map.entry("EERGERELATEERD", "Eergerelateerd geweld"), Map.entry("STALKING", "Stalking"),
            Map.entry("OUDERENMISHANDELING", "Ouderenmishandeling"), Map.entry("HUWELIJKSDWANG", "Huwelijksdwang"),
            Map.entry("VROUWELIJKE_GENITALE_VERMINKING", "Vrouwelijke genitale verminking"),
            Map.entry("ACHTERLATING", "Achterlating"), Map.entry("MENSENHANDEL", "Mensenhandel"), Map.entry("OVERIG", "Overig"));

    static final Map<String, String> ROL = Map.of(
            "SLACHTOFFER", "Slachtoffer", "VERMOEDELIJKE_PLEGER", "Vermoedelijke pleger", "KIND", "Kind",
            "OUDER", "Ouder", "OVERIG", "Overig");

    static final Map<String, String> GESLACHT = Map.of("VROUW", "Vrouw", "MAN", "Man", "ANDERS", "Anders", "ONBEKEND", "Onbekend");

    static final Map<String, String> DOEL = Map.of(
            "OVERDRACHT", "Overdracht van zicht op veiligheid", "CASUSOVERLEG", "Casusoverleg", "CRISIS", "Crisisaanpak",
            "MONITORING", "Monitoring", "PRIVACYBEHEER", "Privacybeheer", "AUDIT", "Verantwoording");

    private Teksten() {}

    static String label(Map<String, String> tabel, Enum<?> waarde) {
        return waarde == null ? null : tabel.getOrDefault(waarde.name(), waarde.name());
    }

    static String label(Map<String, String> tabel, String waarde) {
        return waarde == null ? null : tabel.getOrDefault(waarde, waarde);
    }

    static String categorie(Gegevenscategorie categorie) {
        return label(CATEGORIE, categorie);
    }

    static String datum(LocalDate datum) {
        return datum == null ? null : DATUM.format(datum);
    }

    static String moment(Instant moment) {
        return moment == null ? null : MOMENT.format(moment.atZone(NEDERLAND));
    }
}
