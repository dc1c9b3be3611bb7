package nl.schakel.casusoverleg.toepassing;

import static nl.schakel.casusoverleg.domein.Voorbeelden.aanmelding;
import static nl.schakel.casusoverleg.domein.Voorbeelden.tafel;
import static nl.schakel.casusoverleg.domein.Voorbeelden.wijkteam;
import static nl.schakel.casusoverleg.domein.Voorbeelden.zvh;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Aanmelding;
import nl.schakel.toegang.toepassing.Persoonsgegevensbron.Gegeven;
import nl.schakel.toegang.toepassing.Persoonsgegevensbron.Persoonsgegevens;
import org.junit.jupiter.api.Test;

class AanmeldingpersoonsgegevensTest {

    private static final UUID FATIMA = UUID.fromString("00000000-0000-4000-8000-00000000000f");
    private static final UUID KEES = UUID.fromString("00000000-0000-4000-8000-00000000000e");
    private static final UUID NOOR = UUID.fromString("00000000-0000-4000-8000-00000000000d");
    // 30 November 23:30 UTC is 1 December in Rotterdam: the report gives Dutch days
    private static final Instant AANGEMELD = Instant.parse("2026-11-30T23:30:00Z");
    private static final Instant GEACCEPTEERD = Instant.parse("2026-12-02T10:00:00Z");
    private static final String TAFEL = "Casusoverleg Huiselijk Geweld Rotterdam-Rijnmond";

    private Aanmelding geaccepteerd() {
        Aanmelding aanmelding = Aanmelding.meldAan(tafel(), "WT-RDAM-FEIJ", aanmelding(), wijkteam(), AANGEMELD);
        aanmelding.herkenBetrokkenen(List.of(FATIMA, KEES, NOOR));
        aanmelding.accepteer(zvh(), GEACCEPTEERD);
        return aanmelding;
    }

    @Test
    void hetSlachtofferKrijgtHaarEigenRegelsDeTafelDeDatumsEnHetOverlegNietHaarGezinOfDeVraag() {
        Persoonsgegevens fatima = Aanmeldingpersoonsgegevens.over(geaccepteerd(), Set.of(FATIMA), TAFEL,
                List.of(LocalDate.of(2026, 12, 10))).orElseThrow();

        assertThat(fatima.betrokkenen()).containsExactly(FATIMA);
        assertThat(fatima.gegevens()).extracting(Gegeven::toString).containsExactly(
                "Naam: Fatima Jansen",
                "Geboortedatum: 1990-03-01",
                "Uw rol: slachtoffer",
                "Overlegtafel: " + TAFEL,
                "Status: geaccepteerd voor het casusoverleg",
                "Aangemeld op: 2026-12-01",
                "Geaccepteerd voor het casusoverleg op: 2026-12-02",
                "Op de agenda van het casusoverleg van: 2026-12-10");
        assertThat(fatima.gegevens().toString()).doesNotContain("Kees").doesNotContain("Noor").doesNotContain("zicht op de veiligheid")
                .doesNotContain("Korte reden");
    }

    @Test
    void hetKindZietAlleenZichzelfEnEenAfwijzingGeeftGeenReden() {
        Aanmelding aanmelding = Aanmelding.meldAan(tafel(), "WT-RDAM-FEIJ", aanmelding(), wijkteam(), AANGEMELD);
        aanmelding.herkenBetrokkenen(List.of(FATIMA, KEES, NOOR));
        aanmelding.wijsAf("Past beter bij het wijkteam; vader Kees werkt mee.", zvh(), GEACCEPTEERD);

        Persoonsgegevens noor = Aanmeldingpersoonsgegevens.over(aanmelding, Set.of(NOOR, UUID.randomUUID()), TAFEL, List.of()).orElseThrow();

        assertThat(noor.betrokkenen()).containsExactly(NOOR);
        assertThat(noor.gegevens()).extracting(Gegeven::toString).contains("Naam: Noor Jansen", "Uw rol: kind", "Status: afgewezen",
                "Afgewezen op (afgesloten): 2026-12-02")
                .noneMatch(r -> r.contains("Fatima") || r.contains("Kees") || r.contains("wijkteam;") || r.contains("agenda"));
    }

    @Test
    void eenAanmeldingZonderDePersoonGeeftNiets() {
        assertThat(Aanmeldingpersoonsgegevens.over(geaccepteerd(), Set.of(UUID.randomUUID()), TAFEL, List.of())).isEmpty();
    }
}
