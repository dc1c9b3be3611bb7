package nl.schakel.overdracht.domein.inhoud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.overdracht.domein.Voorbeelden;
import org.junit.jupiter.api.Test;

class InhoudRegelsTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 25);

    @Test
    void volledigeInhoudIsGeldigEnVerzendbaar() {
        assertThatCode(() -> {
            InhoudRegels.valideer(Voorbeelden.volledigeInhoud(), VANDAAG);
            InhoudRegels.controleerVerzendbaar(Voorbeelden.volledigeInhoud());
        }).doesNotThrowAnyException();
    }

    @Test
    void elkeOvertredingWordtMetHaarJsonPadGenoemd() {
        OverdrachtInhoud inhoud = new OverdrachtInhoud(
                new Aanleiding("x".repeat(4001), VANDAAG.plusDays(1)),
                new Veiligheidsbeoordeling(Beoordelingsuitkomst.ONDERZOEK, VANDAAG.minusDays(30)),
                Arrays.asList(Geweldsvorm.PSYCHISCH, Geweldsvorm.PSYCHISCH, null),
                Arrays.asList(
                        new Betrokkene(Voorbeelden.MOEDER, null,
                                new Identiteit("A", "B", VANDAAG.plusDays(2), Geslacht.VROUW, "Rotterdam"),
                                "111222334", new Contact(null, "bel me"), null),
                        null,
                        new Betrokkene(Voorbeelden.MOEDER, BetrokkeneRol.KIND, null, "111222333", null, null)),
                Arrays.asList("", "ok"),
                null,
                null,
                null, null, null,
                List.of(new Contactpersoon(" ", null, null, null)),
                new Melder("Buur", "buur", "x", null),
                null, null);

        assertThatThrownBy(() -> InhoudRegels.valideer(inhoud, VANDAAG))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> {
                    assertThat(fout.code()).isEqualTo("OVD-001");
                    assertThat(fout.status()).isEqualTo(400);
                    assertThat(fout.ongeldigeParameters()).extracting(OngeldigeParameter::name).containsExactly(
                            "aanleiding.meldingSamenvatting",
                            "aanleiding.meldingDatum",
                            "veiligheidsbeoordeling.datum",
                            "geweldsvormen[1]",
                            "geweldsvormen[2]",
                            "betrokkenen[0].rol",
                            "betrokkenen[0].bsn",
                            "betrokkenen[0].identiteit.gemeente",
                            "betrokkenen[0].identiteit.geboortedatum",
                            "betrokkenen[0].contact.telefoon",
                            "betrokkenen[1]",
                            "betrokkenen[2].id",
                            "veiligheidsvoorwaarden[0]",
                            "contactpersonen[0].naam",
                            "melder.telefoon");
                });
    }

    @Test
    void eenAnoniemeMelderHeeftGeenNaamOfTelefoon() {
        OverdrachtInhoud anoniemMetNaam = new OverdrachtInhoud(null, null, null, null, null, null, null, null, null, null, null,
                new Melder("Buur", null, "06-12345678", Meldersoort.ANONIEM), null, null);

        assertThatThrownBy(() -> InhoudRegels.valideer(anoniemMetNaam, VANDAAG))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> assertThat(fout.ongeldigeParameters())
                        .extracting(OngeldigeParameter::name).containsExactly("melder.naam", "melder.telefoon"));
        assertThatCode(() -> InhoudRegels.valideer(new OverdrachtInhoud(null, null, null, null, null, null, null, null, null,
                null, null, new Melder(null, "buur", null, Meldersoort.ANONIEM), null, null), VANDAAG)).doesNotThrowAnyException();
    }

    @Test
    void eenOngeldigBsnNoemtAlleenZijnEigenPad() {
        OverdrachtInhoud inhoud = new OverdrachtInhoud(null, null, null,
                List.of(new Betrokkene(null, BetrokkeneRol.SLACHTOFFER, null, "123456789", null, null)),
                null, null, null, null, null, null, null, null, null, null);

        assertThatThrownBy(() -> InhoudRegels.valideer(inhoud, VANDAAG))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> assertThat(fout.ongeldigeParameters())
                        .containsExactly(new OngeldigeParameter("betrokkenen[0].bsn",
                                "Geen geldig burgerservicenummer (9 cijfers, elfproef).")));
    }

    @Test
    void tweeBetrokkenenMetHetzelfdeBsnKanNiet() {
        OverdrachtInhoud inhoud = new OverdrachtInhoud(null, null, null,
                List.of(new Betrokkene(null, BetrokkeneRol.OUDER, null, "111222333", null, null),
                        new Betrokkene(null, BetrokkeneRol.OUDER, null, "111222333", null, null)),
                null, null, null, null, null, null, null, null, null, null);

        assertThatThrownBy(() -> InhoudRegels.valideer(inhoud, VANDAAG))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> assertThat(fout.ongeldigeParameters())
                        .extracting(OngeldigeParameter::name).containsExactly("betrokkenen[1].bsn"));
    }

    @Test
    void geenVervolgValtNietTeVerzenden() {
        OverdrachtInhoud inhoud = new OverdrachtInhoud(new Aanleiding("Melding", null),
                new Veiligheidsbeoordeling(Beoordelingsuitkomst.GEEN_VERVOLG, null), null,
                List.of(new Betrokkene(null, BetrokkeneRol.SLACHTOFFER, null, null, null, null)),
                null, null, null, null, null, null, null, null, null, null);

        assertThatThrownBy(() -> InhoudRegels.controleerVerzendbaar(inhoud))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> {
                    assertThat(fout.code()).isEqualTo("OVD-014");
                    assertThat(fout.ongeldigeParameters()).extracting(OngeldigeParameter::name)
                            .containsExactly("veiligheidsbeoordeling.uitkomst");
                });
    }
}
