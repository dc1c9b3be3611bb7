package nl.schakel.crisisdossier.toepassing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Aantekening;
import nl.schakel.crisisdossier.domein.Aantekeninggegevens;
import nl.schakel.crisisdossier.domein.Crisisdossier;
import nl.schakel.crisisdossier.domein.Crisismeldinggegevens;
import nl.schakel.crisisdossier.domein.Veiligheidsbijdrage;
import nl.schakel.crisisdossier.domein.Veiligheidsbijdragegegevens;
import nl.schakel.overdracht.domein.inhoud.BetrokkeneRol;
import nl.schakel.overdracht.domein.inhoud.InhoudRegels;
import nl.schakel.overdracht.domein.inhoud.OverdrachtInhoud;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Rol;
import org.junit.jupiter.api.Test;

/** What a crisis file carries into the concept overdracht: only what Veilig Thuis's grant shows, in flow 1's fields. */
class AfschalingsinhoudTest {

    static final Instant NU = Instant.parse("2026-12-02T02:10:00Z");
    static final Medewerker VT = new Medewerker("vt-1", "Crisismedewerker VT", "vt.crisis", Optional.of("VTRR"), Optional.empty(),
            Set.of(Rol.CRISISMEDEWERKER), "schakel-web");
    static final UUID KIND = UUID.randomUUID();
    static final UUID VADER = UUID.randomUUID();

    private final Crisisdossier dossier = Crisisdossier.start(new Crisismeldinggegevens("Ernstig geweld tussen ouders (fictief).",
                    "Vader aangehouden (fictief).", List.of(
                            new Crisismeldinggegevens.Betrokkenegegevens("KIND", "Noor", "Fictief", "2019-06-01", null),
                            new Crisismeldinggegevens.Betrokkenegegevens("PLEGER", "Bram", "Fictief", null, null)),
                    List.of("CIT-JBRR", "FIL"), true),
            "VTRR", Set.of("CIT-JBRR", "FIL"), List.of(KIND, VADER), VT, NU);

    @Test
    void elkeCategorieLandtInHaarVeldgroepMetWieHetSchreefEnDeIdsVanHetPlatform() {
        List<Aantekening> zichtbaar = List.of(
                aantekening("OBSERVATIE", "VEILIGHEID", "Kind angstig, moeder wil weg (fictief).", "CIT-JBRR", 1),
                aantekening("BESLUIT", "VEILIGHEID", "Vader houdt zich aan het huisverbod (fictief).", "VTRR", 2),
                aantekening("OBSERVATIE", "GEZONDHEID", "Blauwe plekken op de arm (fictief).", "FIL", 3),
                aantekening("NOTITIE", "HULPVERLENING", "Moeder wil hulp van het wijkteam (fictief).", "VTRR", 4),
                aantekening("NOTITIE", "CONTACT", "Telefoon moeder 06-00000000 (fictief).", "VTRR", 5));

        OverdrachtInhoud inhoud = Afschalingsinhoud.van(dossier, zichtbaar, EnumSet.of(Gegevenscategorie.IDENTITEIT,
                Gegevenscategorie.VEILIGHEID, Gegevenscategorie.GEZONDHEID, Gegevenscategorie.HULPVERLENING), AfschalingsinhoudTest::naam, List.of());

        assertThat(inhoud.aanleiding().meldingSamenvatting()).isEqualTo("Crisis: Ernstig geweld tussen ouders (fictief).");
        assertThat(inhoud.aanleiding().meldingDatum()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(inhoud.betrokkenen()).extracting(b -> b.id()).containsExactly(KIND, VADER);
        assertThat(inhoud.betrokkenen()).extracting(b -> b.rol()).containsExactly(BetrokkeneRol.KIND, BetrokkeneRol.VERMOEDELIJKE_PLEGER);
        assertThat(inhoud.betrokkenen().get(0).identiteit().voornaam()).isEqualTo("Noor");
        assertThat(inhoud.betrokkenen().get(0).identiteit().geboortedatum()).isEqualTo(LocalDate.of(2019, 6, 1));
        assertThat(inhoud.betrokkenen().get(0).bsn()).isNull();
        assertThat(inhoud.veiligheidsvoorwaarden()).containsExactly(
                "Directe veiligheid bij de crisismelding: Vader aangehouden (fictief).",
                "Veilig Thuis Rotterdam Rijnmond, besluit van 2-12-2026 05:10: Vader houdt zich aan het huisverbod (fictief).");
        assertThat(inhoud.risicofactoren()).containsExactly(
                "CIT Jeugdbescherming, observatie van 2-12-2026 04:10: Kind angstig, moeder wil weg (fictief).");
        assertThat(inhoud.gezondheid()).isEqualTo("Filomena, observatie van 2-12-2026 06:10: Blauwe plekken op de arm (fictief).");
        assertThat(inhoud.huidigeHulpverlening()).contains("Moeder wil hulp van het wijkteam");
        // a contact entry is no field of an overdracht: it stays in the crisis file
        assertThat(inhoud.toString()).doesNotContain("06-00000000");
        assertThat(inhoud.justitieleInformatie()).isNull();
    }

    @Test
    void zonderIdentiteitInDeToegangGaanAlleenIdEnRolMeeEnZonderVeiligheidGeenAanleiding() {
        OverdrachtInhoud inhoud = Afschalingsinhoud.van(dossier, List.of(), EnumSet.of(Gegevenscategorie.GEZONDHEID),
                AfschalingsinhoudTest::naam, List.of());

        assertThat(inhoud.betrokkenen()).allSatisfy(b -> assertThat(b.identiteit()).isNull());
        assertThat(inhoud.betrokkenen()).extracting(b -> b.id()).containsExactly(KIND, VADER);
        assertThat(inhoud.aanleiding()).isNull();
        assertThat(inhoud.veiligheidsvoorwaarden()).isNullOrEmpty();
        assertThat(inhoud.gezondheid()).isNull();
    }

    @Test
    void deGezamenlijkeVeiligheidsbeoordelingGaatMeeVoorDeAantekeningenMetElkeOrganisatie() {
        Veiligheidsbijdrage cit = Veiligheidsbijdrage.eerste(dossier, "CIT-JBRR", new Veiligheidsbijdragegegevens("ONVEILIG",
                List.of("Vader dreigt terug te komen (fictief)."), List.of("Oma vangt de kinderen op (fictief)."),
                List.of("Kinderen slapen bij oma tot de zitting (fictief).")), "CIT 1", NU);
        List<Aantekening> zichtbaar = List.of(aantekening("BESLUIT", "VEILIGHEID", "Huisverbod tien dagen (fictief).", "VTRR", 1));

        OverdrachtInhoud inhoud = Afschalingsinhoud.van(dossier, zichtbaar, EnumSet.of(Gegevenscategorie.VEILIGHEID),
                AfschalingsinhoudTest::naam, List.of(cit));

        assertThat(inhoud.veiligheidsvoorwaarden()).containsExactly(
                "Directe veiligheid bij de crisismelding: Vader aangehouden (fictief).",
                "CIT Jeugdbescherming: Kinderen slapen bij oma tot de zitting (fictief).",
                "Veilig Thuis Rotterdam Rijnmond, besluit van 2-12-2026 04:10: Huisverbod tien dagen (fictief).");
        assertThat(inhoud.risicofactoren()).containsExactly("CIT Jeugdbescherming: Vader dreigt terug te komen (fictief).");
        assertThat(inhoud.beschermendeFactoren()).containsExactly("CIT Jeugdbescherming: Oma vangt de kinderen op (fictief).");
    }

    @Test
    void eenIngetrokkenAantekeningBlijftAchter() {
        Aantekening ingetrokken = aantekening("OBSERVATIE", "GEZONDHEID", "Verkeerd kind beschreven (fictief).", "FIL", 1);
        ingetrokken.trekIn(dossier, "Verkeerd dossier", VT, NU.plusSeconds(60));

        OverdrachtInhoud inhoud = Afschalingsinhoud.van(dossier, List.of(ingetrokken), EnumSet.allOf(Gegevenscategorie.class),
                AfschalingsinhoudTest::naam, List.of());

        assertThat(inhoud.gezondheid()).isNull();
    }

    @Test
    void watNietInDeLangsteTekstPastWordtGenoemdNietHalverwegeAfgebroken() {
        String lang = "x".repeat(1500);
        String tekst = Afschalingsinhoud.tekst(List.of(lang, lang, lang, lang));

        assertThat(tekst.length()).isLessThanOrEqualTo(InhoudRegels.LANGE_TEKST);
        assertThat(tekst).startsWith(lang + "\n\n" + lang + "\n\n(2 aantekeningen meer in het crisisdossier");
        assertThat(Afschalingsinhoud.tekst(List.of("a", "b"))).isEqualTo("a\n\nb");
        String één = Afschalingsinhoud.tekst(List.of("y".repeat(5000), "z"));
        assertThat(één.length()).isLessThanOrEqualTo(InhoudRegels.LANGE_TEKST);
        assertThat(één).endsWith("…\n\n(1 aantekening meer in het crisisdossier: te lang voor de overdracht.)");
    }

    private Aantekening aantekening(String soort, String categorie, String tekst, String organisatie, int uurLater) {
        return Aantekening.schrijf(dossier, new Aantekeninggegevens(soort, categorie, tekst), organisatie, VT,
                NU.plusSeconds(3600L * uurLater));
    }

    private static String naam(String code) {
        return switch (code) {
            case "VTRR" -> "Veilig Thuis Rotterdam Rijnmond";
            case "CIT-JBRR" -> "CIT Jeugdbescherming";
            case "FIL" -> "Filomena";
            default -> code;
        };
    }
}
