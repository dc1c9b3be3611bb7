package nl.schakel.toegang.domein.betrokkene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The normalised name and date the bekendheidscheck matches on, and their keyed hash: the spellings professionals type
 * meet, different people do not, and a name kenmerk is made with another key than a BSN kenmerk.
 */
class NaamEnGeboortedatumTest {

    private static final LocalDate DATUM = LocalDate.of(2018, 5, 20);
    private static final Bsnsleutel SLEUTEL = Bsnsleutel.van("schakel-testsleutel-0123456789abcdef");

    @Test
    void hoofdlettersAccentenSpatiesEnStreepjesTellenNiet() {
        assertThat(naam("Jansen-de Vries").normaleAchternaam()).isEqualTo("jansendevries")
                .isEqualTo(naam("  jansen de  vries ").normaleAchternaam())
                .isEqualTo(naam("JANSEN–DE VRIES").normaleAchternaam());
        assertThat(naam("Çağlar").normaleAchternaam()).isEqualTo("caglar");
        assertThat(naam("Müller-Lüdenscheidt").normaleAchternaam()).isEqualTo("mullerludenscheidt");
        assertThat(naam("Groß").normaleAchternaam()).isEqualTo("gross");
        assertThat(naam("O'Neill").normaleAchternaam()).isEqualTo("oneill");
        assertThat(naam("Ørsted").normaleAchternaam()).isEqualTo("orsted");
    }

    @Test
    void voorvoegselsVanDeAchternaamTellenNiet() {
        assertThat(naam("van der Berg").normaleAchternaam()).isEqualTo("berg")
                .isEqualTo(naam("Berg").normaleAchternaam())
                .isEqualTo(naam("v.d. Berg").normaleAchternaam())
                .isEqualTo(naam("Van Den Berg").normaleAchternaam());
        assertThat(naam("'t Hart").normaleAchternaam()).isEqualTo("hart");
        assertThat(naam("d'Ancona").normaleAchternaam()).isEqualTo("ancona");
        // a name that is only a voorvoegsel stays itself
        assertThat(naam("Van").normaleAchternaam()).isEqualTo("van");
        // only leading ones: a family name that contains "de" keeps it
        assertThat(naam("Jansen de Boer").normaleAchternaam()).isEqualTo("jansendeboer");
    }

    @Test
    void vanDeVoornamenTeltAlleenDeEerste() {
        assertThat(persoon("Jansen", "Anne-Marie Sophie").normaleVoornaam()).contains("annemarie");
        assertThat(persoon("Jansen", "annemarie").normaleVoornaam()).contains("annemarie");
        assertThat(persoon("Jansen", "  ").normaleVoornaam()).isEmpty();
        assertThat(persoon("Jansen", null).normaleVoornaam()).isEmpty();
    }

    @Test
    void zelfdePersoonInAndereSchrijfwijzeGeeftHetzelfdeKenmerk() {
        assertThat(SLEUTEL.naamkenmerk(persoon("van der Berg", "Noor")))
                .isEqualTo(SLEUTEL.naamkenmerk(persoon("BERG", "noor")))
                .isEqualTo(SLEUTEL.naamkenmerk(persoon("v.d. Berg", "Nóór Fatima")));
    }

    @Test
    void eenAndereDatumNaamOfVoornaamGeeftEenAnderKenmerk() {
        Naamkenmerk kenmerk = SLEUTEL.naamkenmerk(persoon("Berg", "Noor"));
        assertThat(SLEUTEL.naamkenmerk(new NaamEnGeboortedatum("Berg", "Noor", DATUM.plusDays(1)))).isNotEqualTo(kenmerk);
        assertThat(SLEUTEL.naamkenmerk(persoon("Bergen", "Noor"))).isNotEqualTo(kenmerk);
        assertThat(SLEUTEL.naamkenmerk(persoon("Berg", "Nora"))).isNotEqualTo(kenmerk);
        assertThat(Bsnsleutel.van("een-andere-sleutel-0123456789abcdef").naamkenmerk(persoon("Berg", "Noor"))).isNotEqualTo(kenmerk);
    }

    @Test
    void eenRegistratieBewaartHetKenmerkMetEnZonderVoornaamZodatBeideVragenHemVinden() {
        NaamEnGeboortedatum geregistreerd = persoon("van der Berg", "Noor");

        assertThat(SLEUTEL.naamkenmerken(geregistreerd)).containsExactly(
                SLEUTEL.naamkenmerk(persoon("Berg", null)), SLEUTEL.naamkenmerk(persoon("Berg", "Noor")));
        assertThat(SLEUTEL.naamkenmerken(persoon("Berg", null))).containsExactly(SLEUTEL.naamkenmerk(persoon("Berg", null)));
        // a question with another first name does not find the person through the kenmerk without one
        assertThat(SLEUTEL.naamkenmerken(geregistreerd)).doesNotContain(SLEUTEL.naamkenmerk(persoon("Berg", "Sanne")));
    }

    @Test
    void eenNaamkenmerkIsGeenBsnkenmerkVanDezelfdeTekst() {
        // the name key is derived from the secret, not the secret itself: the same bytes hash differently
        assertThat(SLEUTEL.naamkenmerk(persoon("Berg", null)).waarde()).isNotEqualTo(SLEUTEL.kenmerk("123456782").waarde());
        assertThat(SLEUTEL.naamkenmerk(persoon("Berg", null)).waarde()).hasSize(32);
    }

    @Test
    void zonderLetterOfDatumGeenPersoonEnNooitDeNaamInTekst() {
        assertThatThrownBy(() -> new NaamEnGeboortedatum(" - ", null, DATUM)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NaamEnGeboortedatum("Berg", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(NaamEnGeboortedatum.isBruikbaar(null, DATUM)).isFalse();
        assertThat(persoon("Berg", "Noor").toString()).doesNotContain("Berg").doesNotContain("Noor").doesNotContain("2018");
        assertThat(SLEUTEL.naamkenmerk(persoon("Berg", "Noor")).toString()).isEqualTo("Naamkenmerk[****]");
    }

    private static NaamEnGeboortedatum naam(String achternaam) {
        return persoon(achternaam, null);
    }

    private static NaamEnGeboortedatum persoon(String achternaam, String voornaam) {
        return new NaamEnGeboortedatum(achternaam, voornaam, DATUM);
    }
}
