package nl.schakel.overdracht.infrastructuur.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import nl.schakel.overdracht.domein.WarmeOverdracht;
import java.util.EnumSet;
import nl.schakel.overdracht.domein.Overdracht;
import nl.schakel.overdracht.domein.OverdrachtStatus;
import nl.schakel.overdracht.domein.Voorbeelden;
import nl.schakel.overdracht.domein.inhoud.OverdrachtInhoud;
import nl.schakel.toegang.domein.Gegevenscategorie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class OverdrachtExportTest {

    private static final Exportkop KOP = new Exportkop("Mo Amrani", "Wijkteam Feijenoord", Instant.parse("2026-11-25T15:40:00Z"),
            "OVERDRACHT", "Wmo 2015, hoofdstuk 4 (taken Veilig Thuis) en Jeugdwet", "Veilig Thuis Rotterdam Rijnmond",
            "Wijkteam Feijenoord");

    @Test
    void deOntvangerZietAlleenWatGedeeldIsEnHoortWatIsAchtergehouden() {
        Overdracht overdracht = Voorbeelden.in(OverdrachtStatus.VERZONDEN);

        String tekst = Pdftekst.van(OverdrachtExport.maak(overdracht, Voorbeelden.WIJKTEAMCATEGORIEEN, KOP));

        assertThat(tekst).contains("Fatima Jansen", "Voorbeeldstraat 1, Rotterdam", "Vader verblijft niet in de woning.",
                "Ondersteuning bij opvoeding en veiligheid.", "J. de Boer");
        assertThat(tekst).doesNotContain("111222333", "123456782", "Buurvrouw", "06-12345678", "Politie kwam ter plaatse",
                "Kind bij huisarts gezien", "Opvanglocatie");
        assertThat(tekst).contains("Achtergehouden in deze export: Afgeschermd adres, Burgerservicenummer (BSN), "
                + "Gezondheid, Justitiële informatie, Gegevens van de melder");
    }

    @Test
    void deEigenaarZietAlles() {
        Overdracht overdracht = Voorbeelden.in(OverdrachtStatus.VERZONDEN);

        String tekst = Pdftekst.van(OverdrachtExport.maak(overdracht, EnumSet.allOf(Gegevenscategorie.class), KOP));

        assertThat(tekst).contains("111222333", "Buurvrouw", "Politie kwam ter plaatse", "Kind bij huisarts gezien",
                "Opvanglocatie (afgeschermd)", "Achtergehouden in deze export: niets");
    }

    @Test
    void deOntvangerZietWieZijBijVeiligThuisBelt() {
        Overdracht overdracht = Voorbeelden.in(OverdrachtStatus.VERZONDEN);

        String tekst = Pdftekst.van(OverdrachtExport.maak(overdracht, Voorbeelden.WIJKTEAMCATEGORIEEN, KOP));

        assertThat(tekst).contains("Contactpersoon Veilig Thuis", "Naam: Sanne de Vries", "Telefoon (werk): 010-799 12 34");
        assertThat(Pdftekst.van(OverdrachtExport.maak(Voorbeelden.in(OverdrachtStatus.CONCEPT), Voorbeelden.WIJKTEAMCATEGORIEEN, KOP)))
                .as("een concept is nog aan niemand gestuurd").doesNotContain("Contactpersoon Veilig Thuis");
    }

    @Test
    void eenOverdrachtVanVoorDeContactpersoonZegtDatEnNoemtDeMailboxVanVeiligThuis() throws Exception {
        Overdracht overdracht = Voorbeelden.in(OverdrachtStatus.VERZONDEN);
        // as migration V8 left the overdrachten sent before the sender was asked for a contact person
        for (String veld : new String[] {"contactpersoonNaam", "contactpersoonTelefoon"}) {
            var kolom = Overdracht.class.getDeclaredField(veld);
            kolom.setAccessible(true);
            kolom.set(overdracht, null);
        }
        Exportkop metMailbox = new Exportkop(KOP.medewerker(), KOP.organisatie(), KOP.tijdstip(), KOP.doel(), KOP.grondslag(),
                KOP.eigenaar(), KOP.ontvanger(), Map.of(), "meldingen@vtrr.demo.schakel.example");

        assertThat(Pdftekst.van(OverdrachtExport.maak(overdracht, Voorbeelden.WIJKTEAMCATEGORIEEN, metMailbox))).contains(
                "Contactpersoon Veilig Thuis", "Geen contactpersoon vastgelegd. Neem contact op met Veilig Thuis Rotterdam "
                        + "Rijnmond via meldingen@vtrr.demo.schakel.example.");
        assertThat(Pdftekst.van(OverdrachtExport.maak(overdracht, Voorbeelden.WIJKTEAMCATEGORIEEN, KOP)))
                .contains("Geen contactpersoon vastgelegd.").doesNotContain("Neem contact op met");
    }

    @Test
    void kopEnVoetStaanOpElkePaginaMetNederlandseTekens() throws Exception {
        Overdracht overdracht = Voorbeelden.in(OverdrachtStatus.GEACCEPTEERD);

        byte[] pdf = OverdrachtExport.maak(overdracht, EnumSet.allOf(Gegevenscategorie.class), KOP);

        String tekst = Pdftekst.van(pdf);
        assertThat(tekst).contains("Geëxporteerd door: Mo Amrani, Wijkteam Feijenoord", "25 november 2026 om 16:40",
                "Doel: Overdracht van zicht op veiligheid (grondslag: Wmo 2015", "Justitiële informatie",
                "vastgelegd in het logboek", "Status: Geaccepteerd", "Pagina 1 van");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).as("het lettertype zit in het bestand").isTrue();
            assertThat(font.getName()).contains("LiberationSans");
        }
    }

    @Test
    void eenLangeTekstLooptDoorOpEenVolgendePaginaMetKopEnVoet() {
        Overdracht lang = metHulp("Een lange hulpvraag met é en ë. ".repeat(120));

        String tekst = Pdftekst.van(OverdrachtExport.maak(lang, EnumSet.allOf(Gegevenscategorie.class), KOP));

        assertThat(tekst).contains("Pagina 3 van", "Een lange hulpvraag met é en ë.");
        assertThat(tekst.split("Geëxporteerd door", -1).length - 1).as("de kop op elke pagina")
                .isEqualTo(tekst.split("vastgelegd in het logboek", -1).length - 1)
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void tekensZonderGlyphEnBesturingstekensBrekenDeExportNiet() {
        Overdracht overdracht = metHulp("Tab\there, bel \u0007 en \uD83D\uDE00 emoji");

        String tekst = Pdftekst.van(OverdrachtExport.maak(overdracht, EnumSet.allOf(Gegevenscategorie.class), KOP));

        assertThat(tekst).contains("Tab here, bel", "emoji");
    }

    /** A concept whose three help fields hold {@code tekst}. */
    private static Overdracht metHulp(String tekst) {
        Overdracht overdracht = Voorbeelden.concept();
        OverdrachtInhoud i = overdracht.inhoud();
        overdracht.wijzig(new OverdrachtInhoud(i.aanleiding(), i.veiligheidsbeoordeling(), i.geweldsvormen(), i.betrokkenen(),
                i.veiligheidsvoorwaarden(), i.risicofactoren(), i.beschermendeFactoren(), tekst, tekst, tekst,
                i.contactpersonen(), i.melder(), i.justitieleInformatie(), i.gezondheid()), Voorbeelden.IDS_ZOALS_GEGEVEN,
                Voorbeelden.PROCESREGISSEUR,
                Voorbeelden.NU.plusSeconds(1));
        return overdracht;
    }

    @Test
    void deExportNoemtHetZaaknummerDeGemeenteBijNaamEnDeWarmeOverdracht() {
        Overdracht overdracht = Voorbeelden.in(OverdrachtStatus.ONTVANGEN);
        overdracht.planWarmeOverdracht(new WarmeOverdracht(LocalDate.of(2026, 12, 3), LocalTime.of(10, 30),
                "Wijkteamkantoor Feijenoord"), Voorbeelden.WIJKTEAMMEDEWERKER, Voorbeelden.NU.plusSeconds(60));
        Exportkop metGemeenten = new Exportkop(KOP.medewerker(), KOP.organisatie(), KOP.tijdstip(), KOP.doel(), KOP.grondslag(),
                KOP.eigenaar(), KOP.ontvanger(), Map.of("GM0599", "Rotterdam"));

        byte[] pdf = OverdrachtExport.maak(overdracht, Voorbeelden.WIJKTEAMCATEGORIEEN, metGemeenten);

        String tekst = Pdftekst.van(pdf);
        String zaaknummer = overdracht.id().toString().substring(0, 8);
        assertThat(tekst).contains("Overdracht, zaaknummer " + zaaknummer, "Zaaknummer: " + zaaknummer, "Gemeente: Rotterdam",
                "Warme overdracht", "3 december 2026 om 10:30, Wijkteamkantoor Feijenoord");
        assertThat(tekst).doesNotContain("GM0599");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Overdracht, zaaknummer " + zaaknummer)
                    .doesNotContain("Jansen");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
