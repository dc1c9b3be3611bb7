package nl.schakel.overdracht.domein;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.overdracht.domein.inhoud.Aanleiding;
import nl.schakel.overdracht.domein.inhoud.Beoordelingsuitkomst;
import nl.schakel.overdracht.domein.inhoud.Betrokkene;
import nl.schakel.overdracht.domein.inhoud.Betrokkenenherkenning;
import nl.schakel.overdracht.domein.inhoud.BetrokkeneRol;
import nl.schakel.overdracht.domein.inhoud.Contact;
import nl.schakel.overdracht.domein.inhoud.Contactpersoon;
import nl.schakel.overdracht.domein.inhoud.Geslacht;
import nl.schakel.overdracht.domein.inhoud.Geweldsvorm;
import nl.schakel.overdracht.domein.inhoud.Identiteit;
import nl.schakel.overdracht.domein.inhoud.Melder;
import nl.schakel.overdracht.domein.inhoud.Meldersoort;
import nl.schakel.overdracht.domein.inhoud.OverdrachtInhoud;
import nl.schakel.overdracht.domein.inhoud.Veiligheidsbeoordeling;
import nl.schakel.toegang.domein.Gegevenscategorie;
import java.util.EnumSet;
import java.util.Set;

/** Fictional cases for the tests; no real person. */
public final class Voorbeelden {

    public static final Instant NU = Instant.parse("2026-11-25T09:00:00Z");
    public static final String VT = "VTRR";
    public static final String WIJKTEAM = "WT-RDAM-FEIJ";
    public static final Uitvoerder PROCESREGISSEUR = new Uitvoerder("sub-vt-1", "Sanne de Vries", VT);
    public static final Uitvoerder WIJKTEAMMEDEWERKER = new Uitvoerder("sub-wt-1", "Mo Amrani", WIJKTEAM);
    /** Whom the receiver calls at Veilig Thuis (fictional name, a number of the fictional 010-7xx range). */
    public static final ContactpersoonVeiligThuis CONTACT = new ContactpersoonVeiligThuis("Sanne de Vries", "010-799 12 34");
    public static final Uitvoerder ANDER_WIJKTEAM = new Uitvoerder("sub-wt-2", "Kees Bos", "WT-RDAM-CHAR");
    public static final UUID MOEDER = UUID.fromString("00000000-0000-4000-8000-000000000001");
    public static final UUID VADER = UUID.fromString("00000000-0000-4000-8000-000000000002");
    public static final UUID KIND = UUID.fromString("00000000-0000-4000-8000-000000000003");
    public static final Set<Gegevenscategorie> WIJKTEAMCATEGORIEEN = EnumSet.of(Gegevenscategorie.IDENTITEIT,
            Gegevenscategorie.CONTACT, Gegevenscategorie.VEILIGHEID, Gegevenscategorie.HULPVERLENING);

    /**
     * For tests of the domain and of persistence: keeps the ids the content came with and gives the others a new one,
     * as the platform did before the person registry. The registry's rules are tested with the real one
     * ({@code BetrokkeneIdentiteitIT}).
     */
    public static final Betrokkenenherkenning IDS_ZOALS_GEGEVEN = (betrokkenen, gehouden) -> betrokkenen.stream()
            .map(b -> b.id() != null ? b.id() : UUID.randomUUID()).toList();

    private Voorbeelden() {}

    public static OverdrachtInhoud volledigeInhoud() {
        return new OverdrachtInhoud(
                new Aanleiding("Buren hoorden geschreeuw en zagen een kind met blauwe plekken.", LocalDate.of(2026, 11, 10)),
                new Veiligheidsbeoordeling(Beoordelingsuitkomst.OVERDRACHT_LOKAAL_VELD, LocalDate.of(2026, 11, 14)),
                List.of(Geweldsvorm.LICHAMELIJK, Geweldsvorm.GETUIGE_HUISELIJK_GEWELD),
                List.of(
                        new Betrokkene(MOEDER, BetrokkeneRol.SLACHTOFFER,
                                new Identiteit("Fatima", "Jansen", LocalDate.of(1990, 3, 1), Geslacht.VROUW, "GM0599"),
                                "111222333", new Contact("Voorbeeldstraat 1, Rotterdam", "010-1234567"),
                                "Opvanglocatie (afgeschermd)"),
                        new Betrokkene(VADER, BetrokkeneRol.VERMOEDELIJKE_PLEGER,
                                new Identiteit("Peter", "Jansen", LocalDate.of(1988, 7, 2), Geslacht.MAN, "GM0599"),
                                null, new Contact("Voorbeeldstraat 1, Rotterdam", null), null),
                        new Betrokkene(KIND, BetrokkeneRol.KIND,
                                new Identiteit("Noor", "Jansen", LocalDate.of(2018, 5, 20), Geslacht.VROUW, "GM0599"),
                                "123456782", null, null)),
                List.of("Vader verblijft niet in de woning.", "Moeder belt bij dreiging 112."),
                List.of("Eerdere meldingen (2024)."),
                List.of("Steunend netwerk: grootouders."),
                "Ondersteuning bij opvoeding en veiligheid.",
                "Wijkteam: opvoedondersteuning en veiligheidsplan.",
                "Geen.",
                List.of(new Contactpersoon("J. de Boer", "Jeugdgezondheidszorg", "jeugdverpleegkundige", "010-7654321")),
                new Melder("Buurvrouw", "buur", "06-12345678", Meldersoort.PARTICULIER),
                "Politie kwam ter plaatse op 9 november.",
                "Kind bij huisarts gezien.");
    }

    public static Overdracht concept() {
        return Overdracht.stelOp(VT, volledigeInhoud(), IDS_ZOALS_GEGEVEN, PROCESREGISSEUR, NU);
    }

    /** An overdracht brought to {@code status} by the allowed path. */
    public static Overdracht in(OverdrachtStatus status) {
        Overdracht overdracht = concept();
        switch (status) {
            case CONCEPT -> { }
            case VERZONDEN -> verzend(overdracht);
            case ONTVANGEN -> ontvang(overdracht);
            case GEACCEPTEERD -> {
                ontvang(overdracht);
                overdracht.accepteer(WIJKTEAMMEDEWERKER, NU.plusSeconds(30));
            }
            case TERUGGELEGD -> {
                ontvang(overdracht);
                overdracht.legTerug("Gezin woont buiten ons gebied.", WIJKTEAMMEDEWERKER, NU.plusSeconds(30));
            }
            case INGETROKKEN -> overdracht.trekIn("Dubbel aangemaakt.", PROCESREGISSEUR, NU.plusSeconds(30));
        }
        return overdracht;
    }

    private static void verzend(Overdracht overdracht) {
        overdracht.verzend(WIJKTEAM, WIJKTEAMCATEGORIEEN, CONTACT, PROCESREGISSEUR, NU.plusSeconds(10));
    }

    private static void ontvang(Overdracht overdracht) {
        verzend(overdracht);
        overdracht.bevestigOntvangst(WIJKTEAMMEDEWERKER, NU.plusSeconds(20));
    }
}
