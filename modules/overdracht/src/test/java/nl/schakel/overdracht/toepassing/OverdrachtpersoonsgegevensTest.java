package nl.schakel.overdracht.toepassing;

import static nl.schakel.overdracht.domein.Voorbeelden.KIND;
import static nl.schakel.overdracht.domein.Voorbeelden.MOEDER;
import static nl.schakel.overdracht.domein.Voorbeelden.VADER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.schakel.overdracht.domein.Overdracht;
import nl.schakel.overdracht.domein.OverdrachtStatus;
import nl.schakel.overdracht.domein.Voorbeelden;
import nl.schakel.toegang.toepassing.Persoonsgegevensbron.Gegeven;
import nl.schakel.toegang.toepassing.Persoonsgegevensbron.Persoonsgegevens;
import org.junit.jupiter.api.Test;

class OverdrachtpersoonsgegevensTest {

    private static final Function<String, String> NAMEN = code -> Map.of("WT-RDAM-FEIJ", "Wijkteam Feijenoord").getOrDefault(code, code);

    @Test
    void deMoederKrijgtHaarEigenRegelsEnDeFeitenVanDeZaakNietDieVanHaarGezinOfDeMelder() {
        Overdracht overdracht = Voorbeelden.in(OverdrachtStatus.GEACCEPTEERD);

        Persoonsgegevens moeder = Overdrachtpersoonsgegevens.over(overdracht, Set.of(MOEDER, UUID.randomUUID()), NAMEN).orElseThrow();

        assertThat(moeder.betrokkenen()).containsExactly(MOEDER);
        assertThat(moeder.gegevens()).extracting(Gegeven::toString).containsExactly(
                "Naam: Fatima Jansen",
                "Geboortedatum: 1990-03-01",
                "Uw rol: slachtoffer",
                "Uitkomst van de veiligheidsbeoordeling: overdracht aan het lokale veld",
                "Datum van de veiligheidsbeoordeling: 2026-11-14",
                "Datum van de melding: 2026-11-10",
                "Status: geaccepteerd",
                "Opgesteld op: 2026-11-25",
                "Overgedragen aan: Wijkteam Feijenoord",
                "Verzonden op: 2026-11-25",
                "Ontvangst bevestigd op: 2026-11-25",
                "Geaccepteerd op (afgesloten): 2026-11-25");
        String alles = moeder.gegevens().toString();
        // the other betrokkenen, the melder, free text and her own contact details stay out
        assertThat(alles).doesNotContain("Noor").doesNotContain("Peter").doesNotContain("Buurvrouw").doesNotContain("06-12345678")
                .doesNotContain("geschreeuw").doesNotContain("111222333").doesNotContain("Voorbeeldstraat").doesNotContain("Opvanglocatie")
                .doesNotContain("Politie kwam").doesNotContain("huisarts").doesNotContain("J. de Boer");
    }

    @Test
    void elkePersoonZietAlleenZichzelfMetZijnEigenRol() {
        Overdracht overdracht = Voorbeelden.in(OverdrachtStatus.TERUGGELEGD);

        Persoonsgegevens vader = Overdrachtpersoonsgegevens.over(overdracht, Set.of(VADER), NAMEN).orElseThrow();
        Persoonsgegevens kind = Overdrachtpersoonsgegevens.over(overdracht, Set.of(KIND), NAMEN).orElseThrow();

        assertThat(vader.gegevens()).extracting(Gegeven::toString).contains("Naam: Peter Jansen", "Uw rol: vermoedelijke pleger",
                "Status: teruggelegd bij Veilig Thuis", "Teruggelegd bij Veilig Thuis op: 2026-11-25")
                .noneMatch(r -> r.contains("Fatima") || r.contains("Noor") || r.contains("Geaccepteerd"));
        assertThat(kind.gegevens()).extracting(Gegeven::toString).contains("Naam: Noor Jansen", "Uw rol: kind")
                .noneMatch(r -> r.contains("Fatima") || r.contains("Peter"));
    }

    @Test
    void eenOverdrachtZonderDePersoonGeeftNiets() {
        assertThat(Overdrachtpersoonsgegevens.over(Voorbeelden.concept(), Set.of(UUID.randomUUID()), NAMEN)).isEmpty();
        assertThat(Overdrachtpersoonsgegevens.over(Voorbeelden.concept(), Set.of(), NAMEN)).isEmpty();
    }

    @Test
    void eenConceptNoemtGeenOntvangerEnGeenStappen() {
        Persoonsgegevens moeder = Overdrachtpersoonsgegevens.over(Voorbeelden.concept(), Set.of(MOEDER), NAMEN).orElseThrow();

        assertThat(moeder.gegevens()).extracting(Gegeven::label).contains("Status", "Opgesteld op")
                .doesNotContain("Overgedragen aan", "Verzonden op");
        assertThat(moeder.gegevens()).extracting(Gegeven::toString).contains("Status: in voorbereiding bij Veilig Thuis");
    }
}
