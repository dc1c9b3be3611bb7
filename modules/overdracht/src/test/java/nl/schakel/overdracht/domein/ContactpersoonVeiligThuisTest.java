package nl.schakel.overdracht.domein;

import static nl.schakel.overdracht.domein.OverdrachtStatus.*;
import static nl.schakel.overdracht.domein.Voorbeelden.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Whom the receiver calls at Veilig Thuis: required with every sending, a name and a Dutch work number. */
class ContactpersoonVeiligThuisTest {

    @ParameterizedTest
    @ValueSource(strings = {"010-799 12 34", "0107991234", "06-12345678", "(010) 799 12 34", "+31 10 799 1234", "0031107991234",
        "088-123 45 67", "0800-2000", "0900 1234567"})
    void eenNederlandsNummerZoalsMensenHetSchrijven(String nummer) {
        assertThat(ContactpersoonVeiligThuis.isNederlandsNummer(nummer)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "010-799 12 3", "010-799 12 345", "+32 2 123 45 67", "+31 010 799 1234", "0031 06 1234 5678",
        "bel 010-7991234", "010/7991234", "0000000000", "0800-12", "06-1234567x"})
    void geenNederlandsNummer(String nummer) {
        assertThat(ContactpersoonVeiligThuis.isNederlandsNummer(nummer)).isFalse();
    }

    @Test
    void verzendenZonderContactpersoonNoemtBeideVeldenEnVerstuurtNiets() {
        Overdracht overdracht = in(CONCEPT);
        assertThatThrownBy(() -> overdracht.verzend(WIJKTEAM, WIJKTEAMCATEGORIEEN, null, PROCESREGISSEUR, NU))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> {
                    assertThat(fout.code()).isEqualTo("OVD-022");
                    assertThat(fout.ongeldigeParameters()).extracting(OngeldigeParameter::name)
                            .containsExactly("contactpersoonVeiligThuis.naam", "contactpersoonVeiligThuis.telefoon");
                });
        assertThat(overdracht.status()).isEqualTo(CONCEPT);
        assertThat(overdracht.contactpersoonVeiligThuis()).isEmpty();
    }

    @Test
    void eenOngeldigNummerOfEenTeLangeNaamIsOvd022MetHetVeld() {
        assertThatThrownBy(() -> in(CONCEPT).verzend(WIJKTEAM, WIJKTEAMCATEGORIEEN,
                new ContactpersoonVeiligThuis("Sanne de Vries", "+32 2 123 45 67"), PROCESREGISSEUR, NU))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> assertThat(fout.ongeldigeParameters())
                        .extracting(OngeldigeParameter::name).containsExactly("contactpersoonVeiligThuis.telefoon"));
        assertThatThrownBy(() -> in(CONCEPT).verzend(WIJKTEAM, WIJKTEAMCATEGORIEEN,
                new ContactpersoonVeiligThuis("x".repeat(101), "010-799 12 34"), PROCESREGISSEUR, NU))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> assertThat(fout.ongeldigeParameters())
                        .extracting(OngeldigeParameter::name).containsExactly("contactpersoonVeiligThuis.naam"));
        assertThatThrownBy(() -> in(CONCEPT).verzend(WIJKTEAM, WIJKTEAMCATEGORIEEN,
                new ContactpersoonVeiligThuis("Sanne\nde Vries", "010-799 12 34"), PROCESREGISSEUR, NU))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> assertThat(fout.code()).isEqualTo("OVD-022"));
    }

    @Test
    void deVerzendregelsVanOvd013GaanVoor() {
        // the recipient and categories come first (as before): a sender without them hears that first
        assertThatThrownBy(() -> in(CONCEPT).verzend(null, WIJKTEAMCATEGORIEEN, null, PROCESREGISSEUR, NU))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> assertThat(fout.code()).isEqualTo("OVD-013"));
    }

    @Test
    void deContactpersoonLigtVastBijDeVerzendingEnOpnieuwVersturenVervangtHem() {
        Overdracht overdracht = in(CONCEPT);
        overdracht.verzend(WIJKTEAM, WIJKTEAMCATEGORIEEN, new ContactpersoonVeiligThuis("  Sanne de Vries ", " 010-799 12 34 "),
                PROCESREGISSEUR, NU);
        assertThat(overdracht.contactpersoonVeiligThuis()).contains(new ContactpersoonVeiligThuis("Sanne de Vries", "010-799 12 34"));

        overdracht.bevestigOntvangst(WIJKTEAMMEDEWERKER, NU.plusSeconds(60));
        overdracht.legTerug("Hoort bij Charlois.", WIJKTEAMMEDEWERKER, NU.plusSeconds(120));
        overdracht.verzend("WT-RDAM-CHAR", WIJKTEAMCATEGORIEEN, new ContactpersoonVeiligThuis("Joris Bakker", "06-12345678"),
                PROCESREGISSEUR, NU.plusSeconds(180));
        assertThat(overdracht.contactpersoonVeiligThuis()).contains(new ContactpersoonVeiligThuis("Joris Bakker", "06-12345678"));
    }
}
