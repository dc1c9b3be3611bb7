package nl.schakel.toegang.domein.verzoek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import org.junit.jupiter.api.Test;

class VerzoekregistratieTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 3);
    private static final String BSN = "111222333";

    @Test
    void opBsnOpNaamOfOpBeideIsGoed() {
        assertThat(Verzoekregistratie.uit("INZAGE", BSN, null, null, null, "F.J. / VT-2026-0142", "2026-11-20", VANDAAG).bsn()).contains(BSN);
        Verzoekregistratie opNaam = Verzoekregistratie.uit("CORRECTIE", null, "de Vries", "Fatima", "1990-03-01", " F.d.V. ", "2026-12-03", VANDAAG);
        assertThat(opNaam.persoon()).isPresent();
        assertThat(opNaam.weergave()).isEqualTo("F.d.V.");
        Verzoekregistratie beide = Verzoekregistratie.uit("BEZWAAR", BSN, "de Vries", null, "1990-03-01", "F.d.V.", "2026-11-20", VANDAAG);
        assertThat(beide.bsn()).isPresent();
        assertThat(beide.persoon()).isPresent();
        assertThat(beide.toString()).doesNotContain(BSN).doesNotContain("Vries");
    }

    @Test
    void elkeFoutWordtBijNaamGenoemdZonderDeWaarde() {
        ValidatieFout fout = catchThrowableOfType(ValidatieFout.class, () -> Verzoekregistratie.uit("INKIJKEN", "123456789", "", "x",
                "01-03-1990", "Fatima de Vries, Dorpsstraat 1, 3011 AA Rotterdam", "2026-12-04", VANDAAG));
        assertThat(fout.code()).isEqualTo("AVG-050");
        assertThat(fout.ongeldigeParameters()).extracting(OngeldigeParameter::name)
                .containsExactly("soort", "bsn", "achternaam", "geboortedatum", "weergave", "ontvangenOp");
        assertThat(fout.ongeldigeParameters().toString()).doesNotContain("123456789");
    }

    @Test
    void zonderPersoonOfMetEenOudeOntvangstdatumIsHetOngeldig() {
        ValidatieFout zonder = catchThrowableOfType(ValidatieFout.class, () -> Verzoekregistratie.uit("INZAGE", null, null, null, null, "F.J.",
                "2026-11-20", VANDAAG));
        assertThat(zonder.ongeldigeParameters()).extracting(OngeldigeParameter::name).containsExactly("bsn");
        ValidatieFout oud = catchThrowableOfType(ValidatieFout.class, () -> Verzoekregistratie.uit("INZAGE", BSN, null, null, null, "F.J.",
                "2025-12-02", VANDAAG));
        assertThat(oud.ongeldigeParameters()).extracting(OngeldigeParameter::name).containsExactly("ontvangenOp");
        ValidatieFout tweeRegels = catchThrowableOfType(ValidatieFout.class, () -> Verzoekregistratie.uit("INZAGE", BSN, null, null, null,
                "F.J.\nVT-1", "2026-11-20", VANDAAG));
        assertThat(tweeRegels.ongeldigeParameters()).extracting(OngeldigeParameter::name).containsExactly("weergave");
    }
}
