package nl.schakel.routes.bezorging;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Wat de mail per stroom zegt (het voorvoegsel van het type, {@code nl.schakel.<stroom>.}): per type een onderwerp en
 * een vaste zin, een zin voor de typen die de routes nog niet kennen (afspraken: een consument moet nieuwe typen
 * aannemen), de slotregel, en naar welk scherm van de app de link gaat. Alles hier is vaste tekst: een mail noemt geen
 * namen, geen casus, geen datum, alleen de link met een id.
 *
 * <p>Een nieuwe stroom is een constante met zijn regels hier, geen nieuwe klasse en geen nieuwe tak in
 * {@link MailBezorger}. Een type buiten elke stroom krijgt de neutrale melding van {@link #ANDERS}.
 */
enum Meldingsstroom {

    /** Stroom 1. De link komt uit het ingestelde sjabloon ({@code schakel.bezorging.mail.link}), zoals altijd. */
    OVERDRACHT("nl.schakel.overdracht.",
            "Log in om de overdracht te bekijken. Dit bericht bevat bewust geen gegevens over de zaak.",
            Schermen.UIT_SJABLOON,
            Melding.anders("Wijziging in een overdracht in Schakel",
                    "Er is een wijziging in een overdracht van uw organisatie in Schakel"),
            Melding.bij("verzonden", "Nieuwe overdracht in Schakel",
                    "Er staat een nieuwe overdracht voor u klaar in Schakel"),
            Melding.bij("ingetrokken", "Wijziging in een overdracht in Schakel",
                    "Een overdracht aan uw organisatie is ingetrokken in Schakel")),

    /**
     * Stroom 2. Een agendapunt, actie of aanmelding opent zichzelf; een overleg (alleen voor de eigenaren te openen) en
     * al het andere de lijst "Mijn agendapunten".
     */
    CASUSOVERLEG("nl.schakel.casusoverleg.",
            "Log in om het te bekijken. Dit bericht bevat bewust geen gegevens over de casus.",
            Schermen.lijst("#/casusoverleg/agendapunten")
                    .en("agendapunten", "#/casusoverleg/agendapunten/{id}")
                    .en("acties", "#/casusoverleg/acties/{id}")
                    .en("aanmeldingen", "#/casusoverleg/aanmeldingen/{id}"),
            Melding.anders("Wijziging in het casusoverleg in Schakel",
                    "Er is een wijziging in het casusoverleg voor uw organisatie"),
            Melding.bij("uitgenodigd", "Uitnodiging voor het casusoverleg in Schakel",
                    "Uw organisatie is uitgenodigd voor een agendapunt van het casusoverleg"),
            Melding.bij("agenda-gewijzigd", "Agenda van het casusoverleg gewijzigd in Schakel",
                    "De agenda van een casusoverleg waarvoor uw organisatie is uitgenodigd, is gewijzigd"),
            Melding.bij("actie-toegewezen", "Nieuwe actie uit het casusoverleg in Schakel",
                    "Uw organisatie heeft een actie gekregen uit het casusoverleg"),
            Melding.bij("actie-verloopt", "Actie uit het casusoverleg verloopt in Schakel",
                    "Een actie van uw organisatie uit het casusoverleg verloopt"),
            Melding.bij("afgeschaald", "Casus afgeschaald in het casusoverleg in Schakel",
                    "Een casus uit het casusoverleg waarvoor uw organisatie was uitgenodigd, is afgeschaald")),

    /**
     * Stroom 3 (crisisdossier-contract, "Feed events"): het dossier zelf; ontvangers zijn de partners. Na het sluiten
     * leest een partner daar volgens het contract alleen nog de eigen aantekeningen van zijn organisatie.
     */
    CRISISDOSSIER("nl.schakel.crisisdossier.",
            "Log in om het te bekijken. Dit bericht bevat bewust geen gegevens over de crisis of de betrokkenen.",
            Schermen.lijst("#/crisisdossiers")
                    .en("crisisdossiers", "#/crisisdossiers/{id}"),
            Melding.anders("Wijziging in een crisisdossier in Schakel",
                    "Er is een wijziging in een crisisdossier waarin uw organisatie partner is"),
            Melding.bij("gestart", "Nieuw crisisdossier in Schakel: uw organisatie is partner",
                    "Er is een crisisdossier gestart met uw organisatie als partner"),
            Melding.bij("screening-gevraagd", "Screeningsverzoek voor uw organisatie in Schakel",
                    "Er is in een crisisdossier een screening aan uw organisatie gevraagd"),
            // closing ends every partner's grant on the file: its address would answer "bestaat niet"
            Melding.bijMetLijst("gesloten", "Crisisdossier gesloten in Schakel",
                    "Een crisisdossier waarin uw organisatie partner was, is gesloten")),

    /**
     * Verzoeken van betrokkenen (issue 15): een verzoek over de termijn, aan de organisaties met een open deel en het
     * contactpunt. De link gaat naar Mijn werk, waar elk van hen zijn eigen tegel heeft; het verzoek zelf opent alleen
     * het contactpunt.
     */
    VERZOEKEN("nl.schakel.verzoeken.",
            "Log in om het te bekijken. Dit bericht bevat bewust geen gegevens over de betrokkene of het verzoek.",
            Schermen.lijst("#/"),
            Melding.anders("Verzoek van een betrokkene in Schakel",
                    "Er is een wijziging in een verzoek van een betrokkene voor uw organisatie"),
            Melding.bijMetLijst("termijn-verstreken", "Verzoek van een betrokkene over de termijn in Schakel",
                    "Er staat een verzoek van een betrokkene open dat over de termijn is; zie Schakel")),

    /** Een type van een stroom die de routes nog niet kennen: een neutrale melding met een link naar de app. */
    ANDERS("",
            "Log in om het te bekijken. Dit bericht bevat bewust geen gegevens over de zaak.",
            Schermen.lijst(""),
            Melding.anders("Wijziging in Schakel", "Er is een wijziging in Schakel voor uw organisatie"));

    /** Een overdracht-id: zijn eerste 8 tekens zijn het zaaknummer dat ook de inbox en de pagina van de zaak tonen. */
    private static final Pattern UUID_ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Alleen een id komt in een link, nooit wat er verder in het onderwerp zou staan. */
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F-]{1,64}");

    private final String voorvoegsel;
    private final String slot;
    private final Schermen schermen;
    private final Melding anders;
    private final Map<String, Melding> perType = new LinkedHashMap<>();

    Meldingsstroom(String voorvoegsel, String slot, Schermen schermen, Melding anders, Melding... perType) {
        this.voorvoegsel = voorvoegsel;
        this.slot = slot;
        this.schermen = schermen;
        this.anders = anders;
        Arrays.stream(perType).forEach(m -> this.perType.put(m.wat(), m));
    }

    /** De stroom van dit type; {@link #ANDERS} als geen stroom het voorvoegsel heeft. */
    static Meldingsstroom van(String type) {
        String t = type == null ? "" : type;
        return Arrays.stream(values()).filter(s -> s != ANDERS && t.startsWith(s.voorvoegsel)).findFirst().orElse(ANDERS);
    }

    /** Onderwerp en zin voor dit type (de zin voor onbekende typen van de stroom als het type er niet in staat). */
    Melding melding(String type) {
        String wat = type == null || !type.startsWith(voorvoegsel) ? "" : type.substring(voorvoegsel.length());
        return perType.getOrDefault(wat, anders);
    }

    /**
     * Het zaaknummer bij het onderwerp ({@code …/overdrachten/<id>}), voor stroom 1: een verwijzing die niemand
     * herkent die de zaak niet al kent (geen naam, geen gemeente, geen datum), waarmee de ontvanger de mail naast zijn
     * inbox legt. Leeg voor andere stromen en als het laatste padsegment geen id is.
     */
    Optional<String> zaaknummer(String onderwerp) {
        if (this != OVERDRACHT || onderwerp == null) {
            return Optional.empty();
        }
        String id = onderwerp.substring(onderwerp.lastIndexOf('/') + 1);
        return UUID_ID.matcher(id).matches() ? Optional.of(id.substring(0, 8).toLowerCase()) : Optional.empty();
    }

    String slot() {
        return slot;
    }

    /** Of de link het ingestelde sjabloon is (stroom 1) in plaats van een scherm onder het webadres. */
    boolean linkUitSjabloon() {
        return schermen == Schermen.UIT_SJABLOON;
    }

    /**
     * Het scherm bij het onderwerp ({@code …/api/v1/<soort>/<id>}): het scherm van die soort met het id, als die soort
     * een eigen scherm heeft en het laatste segment echt een id is; anders de lijst van de stroom.
     */
    String scherm(String type, String onderwerp) {
        if (melding(type).naarLijst()) {
            return schermen.lijst();
        }
        String[] delen = (onderwerp == null ? "" : onderwerp).split("/");
        String id = delen.length > 0 ? delen[delen.length - 1] : "";
        String soort = delen.length > 1 ? delen[delen.length - 2] : "";
        String sjabloon = schermen.perSoort().get(soort);
        return sjabloon != null && ID.matcher(id).matches() ? sjabloon.replace("{id}", id) : schermen.lijst();
    }

    /** Onderwerp en vaste zin van één type; {@code wat} is het type zonder het voorvoegsel van de stroom. */
    record Melding(String wat, String onderwerp, String zin, boolean naarLijst) {

        static Melding bij(String wat, String onderwerp, String zin) {
            return new Melding(wat, onderwerp, zin, false);
        }

        /** A type whose subject the receiver can no longer open (its grant ended with the change): link the list. */
        static Melding bijMetLijst(String wat, String onderwerp, String zin) {
            return new Melding(wat, onderwerp, zin, true);
        }

        static Melding anders(String onderwerp, String zin) {
            return new Melding("", onderwerp, zin, false);
        }
    }

    /** Het lijstscherm van een stroom en per soort resource (padsegment van het onderwerp) zijn eigen scherm. */
    record Schermen(String lijst, Map<String, String> perSoort) {

        static final Schermen UIT_SJABLOON = new Schermen(null, Map.of());

        static Schermen lijst(String lijst) {
            return new Schermen(lijst, Map.of());
        }

        Schermen en(String soort, String scherm) {
            Map<String, String> meer = new LinkedHashMap<>(perSoort);
            meer.put(soort, scherm);
            return new Schermen(lijst, Map.copyOf(meer));
        }
    }
}
