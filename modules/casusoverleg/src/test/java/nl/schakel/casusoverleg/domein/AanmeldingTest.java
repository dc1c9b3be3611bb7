package nl.schakel.casusoverleg.domein;

import static nl.schakel.casusoverleg.domein.Voorbeelden.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.gedeeld.kalender.Werkdagkalender;
import org.junit.jupiter.api.Test;

class AanmeldingTest {

    private static final Instant DONDERDAG_24_DECEMBER = Instant.parse("2026-12-24T09:00:00Z");
    private final Overlegtafel tafel = tafel();

    @Test
    void eenAanmeldingBeantwoordtElkCriteriumPreciesEenKeer() {
        Aanmeldingsgegevens tweeKeerEenMissend = new Aanmeldingsgegevens(TAFEL, "Vraag",
                List.of(new Aanmeldingsgegevens.Antwoord("MEERDERE_KETENS", true, "Politie en wijkteam"),
                        new Aanmeldingsgegevens.Antwoord("MEERDERE_KETENS", false, "Dubbel"),
                        new Aanmeldingsgegevens.Antwoord("ONBEKEND", true, "x")),
                aanmelding().betrokkenen(), List.of());

        assertThatThrownBy(() -> Aanmelding.meldAan(tafel, "WT-RDAM-FEIJ", tweeKeerEenMissend, wijkteam(), DONDERDAG_24_DECEMBER))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> {
                    assertThat(fout.code()).isEqualTo("CSO-001");
                    assertThat(fout.ongeldigeParameters()).extracting(OngeldigeParameter::reason)
                            .anyMatch(r -> r.contains("MEERDERE_PROBLEEMGEBIEDEN"))
                            .anyMatch(r -> r.contains("MEERDERE_KETENS"))
                            .anyMatch(r -> r.contains("IMPACT_GEZINSSYSTEEM"));
                    assertThat(fout.ongeldigeParameters()).extracting(OngeldigeParameter::name).contains("criteria[2].criterium");
                });
    }

    @Test
    void elkeRegelWordtTegelijkGenoemd() {
        Aanmeldingsgegevens leeg = new Aanmeldingsgegevens(TAFEL, " ", List.of(), List.of(
                new Aanmeldingsgegevens.Persoon(null, "BUURMAN", "", null, LocalDate.now().plusDays(3))), List.of("pol rr"));

        assertThatThrownBy(() -> Aanmelding.meldAan(tafel, "WT-RDAM-FEIJ", leeg, wijkteam(), DONDERDAG_24_DECEMBER))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> assertThat(fout.ongeldigeParameters())
                        .extracting(OngeldigeParameter::name)
                        .contains("vraag", "criteria", "betrokkenen[0].rol", "betrokkenen[0].voornaam", "betrokkenen[0].achternaam",
                                "betrokkenen[0].geboortedatum", "voorgesteldePartners[0]"));
        Aanmeldingsgegevens zonderBetrokkenen = new Aanmeldingsgegevens(TAFEL, "Vraag", aanmelding().criteria(), List.of(), List.of());
        assertThatThrownBy(() -> Aanmelding.meldAan(tafel, "WT-RDAM-FEIJ", zonderBetrokkenen, wijkteam(), DONDERDAG_24_DECEMBER))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> assertThat(fout.ongeldigeParameters())
                        .extracting(OngeldigeParameter::name).containsExactly("betrokkenen"));
    }

    @Test
    void deTriagetermijnTeltWerkdagenEnIsPasDeDagErnaVerlopen() {
        Aanmelding aanmelding = Aanmelding.meldAan(tafel, "WT-RDAM-FEIJ", aanmelding(), wijkteam(), DONDERDAG_24_DECEMBER);

        // 25 and 26 December and 1 January are holidays: five working days from Thursday 24 December 2026
        assertThat(aanmelding.triageUiterlijk(tafel, Werkdagkalender.NEDERLAND)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(aanmelding.isTriageVerlopen(tafel, Werkdagkalender.NEDERLAND, Instant.parse("2027-01-04T22:59:00Z"))).isFalse();
        assertThat(aanmelding.isTriageVerlopen(tafel, Werkdagkalender.NEDERLAND, Instant.parse("2027-01-04T23:00:00Z")))
                .as("middernacht in Nederland").isTrue();
    }

    @Test
    void eenVraagOmAanvullingStoptDeTermijnEnDeAanvullingStartHemOpnieuw() {
        Aanmelding aanmelding = Aanmelding.meldAan(tafel, "WT-RDAM-FEIJ", aanmelding(), wijkteam(), DONDERDAG_24_DECEMBER);
        Instant laat = Instant.parse("2027-02-01T10:00:00Z");

        aanmelding.vraagAanvulling("Welke hulpverlening loopt er al?", zvh(), Instant.parse("2026-12-28T10:00:00Z"));
        assertThat(aanmelding.status()).isEqualTo(AanmeldingStatus.AANVULLING_GEVRAAGD);
        assertThat(aanmelding.isTriageVerlopen(tafel, Werkdagkalender.NEDERLAND, laat)).as("de bal ligt bij de aanmelder").isFalse();

        aanmelding.wijzig(tafel, aanmelding(), wijkteam(), laat);
        assertThat(aanmelding.status()).isEqualTo(AanmeldingStatus.INGEDIEND);
        assertThat(aanmelding.ingediendOp()).isEqualTo(laat);
        assertThat(aanmelding.triageUiterlijk(tafel, Werkdagkalender.NEDERLAND)).isEqualTo(LocalDate.of(2027, 2, 8));
        assertThat(aanmelding.overgangen()).extracting(Aanmeldingsovergang::naar).containsExactly(AanmeldingStatus.INGEDIEND,
                AanmeldingStatus.AANVULLING_GEVRAAGD, AanmeldingStatus.INGEDIEND);
        assertThat(aanmelding.overgangen().get(1).reden()).contains("Welke hulpverlening loopt er al?");
    }

    @Test
    void afwijzenEnAanvullingVragenVragenEenReden() {
        Aanmelding aanmelding = Aanmelding.meldAan(tafel, "WT-RDAM-FEIJ", aanmelding(), wijkteam(), DONDERDAG_24_DECEMBER);

        assertThatThrownBy(() -> aanmelding.wijsAf(" ", zvh(), DONDERDAG_24_DECEMBER))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> assertThat(fout.code()).isEqualTo("CSO-004"));
        assertThatThrownBy(() -> aanmelding.vraagAanvulling("x".repeat(2001), zvh(), DONDERDAG_24_DECEMBER))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> assertThat(fout.code()).isEqualTo("CSO-004"));
        assertThat(aanmelding.status()).isEqualTo(AanmeldingStatus.INGEDIEND);
    }

    @Test
    void eenBesluitIsDefinitiefEnAfschalenKanAlleenNaAcceptatie() {
        Aanmelding afgewezen = Aanmelding.meldAan(tafel, "WT-RDAM-FEIJ", aanmelding(), wijkteam(), DONDERDAG_24_DECEMBER);
        afgewezen.wijsAf("Past beter in het reguliere wijkteamoverleg.", zvh(), DONDERDAG_24_DECEMBER);

        assertThatThrownBy(() -> afgewezen.accepteer(zvh(), DONDERDAG_24_DECEMBER))
                .isInstanceOfSatisfying(ConflictFout.class, fout -> assertThat(fout.code()).isEqualTo("CSO-010"));
        assertThatThrownBy(() -> afgewezen.wijzig(tafel, aanmelding(), wijkteam(), DONDERDAG_24_DECEMBER))
                .isInstanceOfSatisfying(ConflictFout.class, fout -> assertThat(fout.code()).isEqualTo("CSO-010"));
        assertThatThrownBy(() -> afgewezen.schaalAf(tafel, "Klaar.", zvh(), DONDERDAG_24_DECEMBER)).isInstanceOf(ConflictFout.class);

        Aanmelding ingediend = Aanmelding.meldAan(tafel, "WT-RDAM-FEIJ", aanmelding(), wijkteam(), DONDERDAG_24_DECEMBER);
        assertThatThrownBy(() -> ingediend.schaalAf(tafel, "Klaar.", zvh(), DONDERDAG_24_DECEMBER))
                .isInstanceOfSatisfying(ConflictFout.class, fout -> assertThat(fout.code()).isEqualTo("CSO-010"));
    }

    @Test
    void afschalenGeeftDeGedeeldeKopieHaarBewaardatum() {
        Aanmelding aanmelding = Aanmelding.meldAan(tafel, "WT-RDAM-FEIJ", aanmelding(), wijkteam(), DONDERDAG_24_DECEMBER);
        aanmelding.accepteer(zvh(), DONDERDAG_24_DECEMBER);

        aanmelding.schaalAf(tafel, "Plan loopt, zicht op veiligheid belegd bij het wijkteam.", zvh(), Instant.parse("2027-03-31T22:30:00Z"));

        assertThat(aanmelding.isAfgeschaald()).isTrue();
        assertThat(aanmelding.bewarenTot()).as("1 april in Nederland + 12 maanden").contains(LocalDate.of(2028, 4, 1));
        assertThat(aanmelding.overgangen().get(aanmelding.overgangen().size() - 1).reden()).hasValueSatisfying(r -> assertThat(r).startsWith("Plan loopt"));
    }

    @Test
    void eenBekendeBetrokkeneHoudtZijnIdEenVreemdIdNiet() {
        Aanmelding aanmelding = Aanmelding.meldAan(tafel, "WT-RDAM-FEIJ", aanmelding(), wijkteam(), DONDERDAG_24_DECEMBER);
        UUID moeder = aanmelding.betrokkeneIds().get(0);
        UUID vreemd = UUID.randomUUID();

        aanmelding.wijzig(tafel, new Aanmeldingsgegevens(null, "Andere vraag", aanmelding().criteria(),
                List.of(new Aanmeldingsgegevens.Persoon(moeder, "SLACHTOFFER", "Fatima", "Jansen", null),
                        new Aanmeldingsgegevens.Persoon(vreemd, "KIND", "Sem", "Jansen", null)), List.of()), wijkteam(), DONDERDAG_24_DECEMBER);

        assertThat(aanmelding.betrokkeneIds()).hasSize(2).contains(moeder).doesNotContain(vreemd);
        assertThat(aanmelding.vraag()).isEqualTo("Andere vraag");
        assertThatThrownBy(() -> aanmelding.wijzig(tafel, new Aanmeldingsgegevens(UUID.randomUUID(), "Vraag", aanmelding().criteria(),
                aanmelding().betrokkenen(), List.of()), wijkteam(), DONDERDAG_24_DECEMBER))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> assertThat(fout.ongeldigeParameters())
                        .extracting(OngeldigeParameter::name).containsExactly("overlegtafel"));
    }

    @Test
    void elkDeelVanDeCasusHoortBijDeAanmelderMetZijnCategorie() {
        Aanmelding aanmelding = Aanmelding.meldAan(tafel, "POL-RR", aanmelding(), medewerker("POL-RR",
                nl.schakel.toegang.domein.Rol.POLITIEMEDEWERKER), DONDERDAG_24_DECEMBER);

        assertThat(aanmelding.delen()).allSatisfy(deel -> assertThat(deel.eigenaar()).isEqualTo("POL-RR"));
        assertThat(aanmelding.delen()).extracting(Casusdeel::categorie).containsExactly(
                nl.schakel.toegang.domein.Gegevenscategorie.IDENTITEIT, nl.schakel.toegang.domein.Gegevenscategorie.VEILIGHEID,
                nl.schakel.toegang.domein.Gegevenscategorie.VEILIGHEID);
    }
}
