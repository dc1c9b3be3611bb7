package nl.schakel.toegang.domein.bekendheid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import org.junit.jupiter.api.Test;

/** The two forms of the question, exactly one of them, each refusal with its stable code and never the value. */
class BekendheidsvraagTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 3);

    @Test
    void opBsnOfOpNaamEnGeboortedatum() {
        assertThat(Bekendheidsvraag.uit("123456782", null, null, null, VANDAAG).bsn()).contains("123456782");
        Bekendheidsvraag opNaam = Bekendheidsvraag.uit(null, "Berg", "Noor", "2018-05-20", VANDAAG);
        assertThat(opNaam.bsn()).isEmpty();
        assertThat(opNaam.persoon()).hasValueSatisfying(p -> assertThat(p.geboortedatum()).isEqualTo(LocalDate.of(2018, 5, 20)));
        assertThat(Bekendheidsvraag.uit(null, "Berg", null, "2018-05-20", VANDAAG).persoon()).isPresent();
    }

    @Test
    void geenVanBeideOfBeideIsAvg020() {
        assertThat(fout(null, null, null, null).code()).isEqualTo("AVG-020");
        assertThat(fout("123456782", "Berg", null, "2018-05-20").code()).isEqualTo("AVG-020");
        assertThat(fout("123456782", null, "Noor", null).code()).isEqualTo("AVG-020");
    }

    @Test
    void eenBsnZonderElfproefIsAvg021() {
        ValidatieFout fout = fout("123456789", null, null, null);
        assertThat(fout.code()).isEqualTo("AVG-021");
        assertThat(fout.ongeldigeParameters()).extracting(OngeldigeParameter::name).containsExactly("bsn");
        assertThat(fout.detail()).doesNotContain("123456789");
        assertThat(fout("12345678", null, null, null).code()).isEqualTo("AVG-021");
        assertThat(fout("", null, null, null).code()).isEqualTo("AVG-021");
    }

    @Test
    void eenOnbruikbareNaamOfDatumIsAvg022MetElkVeld() {
        ValidatieFout fout = fout(null, "--", null, "20-05-2018");
        assertThat(fout.code()).isEqualTo("AVG-022");
        assertThat(fout.ongeldigeParameters()).extracting(OngeldigeParameter::name).containsExactly("achternaam", "geboortedatum");
        assertThat(fout(null, "Berg", null, null).ongeldigeParameters()).extracting(OngeldigeParameter::name).containsExactly("geboortedatum");
        assertThat(fout(null, null, "Noor", "2018-05-20").ongeldigeParameters()).extracting(OngeldigeParameter::name).containsExactly("achternaam");
        assertThat(fout(null, "Berg", null, "2026-12-04").code()).as("in de toekomst").isEqualTo("AVG-022");
        assertThat(fout(null, "Berg", null, "1899-12-31").code()).isEqualTo("AVG-022");
        assertThat(fout(null, "Berg", "x".repeat(201), "2018-05-20").ongeldigeParameters())
                .extracting(OngeldigeParameter::name).containsExactly("voornaam");
    }

    private static ValidatieFout fout(String bsn, String achternaam, String voornaam, String datum) {
        return catchThrowableOfType(ValidatieFout.class, () -> Bekendheidsvraag.uit(bsn, achternaam, voornaam, datum, VANDAAG));
    }
}
