package nl.schakel.gedeeld.gebeurtenis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The one shape every flow's events must have, before the database sees them. */
class GebeurtenisTest {

    private static final String BRON = "urn:nl:schakel:proefstroom";
    private static final Instant NU = Instant.parse("2026-11-25T09:00:00.123456Z");
    private static final UUID ID = UUID.fromString("5f0c1d2e-aaaa-4bbb-8ccc-0123456789ab");
    private static final Onderwerp ONDERWERP = new Onderwerp("PROEFDOSSIER", ID, "/proefdossiers/" + ID);

    @Test
    void eenGeldigeGebeurtenisHoudtHaarOntvangersEnEigenarenOpVolgorde() {
        List<String> ontvangers = new ArrayList<>(List.of("CIT-JBRR", "RVDK-RR"));
        Gebeurtenis gebeurtenis = Gebeurtenis.nieuw("nl.schakel.proefstroom.geopend", BRON, ONDERWERP, ontvangers,
                List.of("VTRR"), NU);
        ontvangers.add("FIL");

        assertThat(gebeurtenis.ontvangers()).as("een kopie: later wijzigen raakt haar niet")
                .containsExactly("CIT-JBRR", "RVDK-RR");
        assertThat(gebeurtenis.eigenaren()).containsExactly("VTRR");
        assertThat(gebeurtenis.id()).isNotNull();
        assertThat(Gebeurtenis.nieuw("nl.schakel.proefstroom.geopend", BRON, ONDERWERP, List.of("FIL"), List.of("VTRR"), NU)
                .id()).isNotEqualTo(gebeurtenis.id());
    }

    @Test
    void hetTypeLigtInDeNaamruimteVanDeEigenStroom() {
        assertThatThrownBy(() -> met("nl.schakel.anderestroom.geopend", BRON)).hasMessageContaining("nl.schakel.proefstroom.");
        assertThatThrownBy(() -> met("nl.schakel.proefstroom.", BRON)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> met("nl.schakel.proefstroom.Geopend", BRON)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> met("nl.schakel.proefstroom.geopend.nu", BRON)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> met("nl.schakel.proefstroom.geopend", "urn:nl:ander:proefstroom"))
                .hasMessageContaining("urn:nl:schakel:");
        assertThatThrownBy(() -> met("nl.schakel.proefstroom.geopend", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(met("nl.schakel.proefstroom.ontvangst-bevestigd", BRON).type())
                .isEqualTo("nl.schakel.proefstroom.ontvangst-bevestigd");
    }

    @Test
    void ontvangersEnEigenarenZijnEenTotVijftigVerschillendeOrganisatiecodes() {
        for (List<String> fout : List.of(List.<String>of(), List.of("vtrr"), List.of("V"), List.of("VTRR", "VTRR"),
                Arrays.asList("VTRR", null), codes(Gebeurtenis.MAXIMAAL_ORGANISATIES + 1))) {
            assertThatThrownBy(() -> new Gebeurtenis(ID, "nl.schakel.proefstroom.geopend", BRON, ONDERWERP, fout,
                    List.of("VTRR"), NU)).as("ontvangers %s", fout).isInstanceOf(RuntimeException.class);
            assertThatThrownBy(() -> new Gebeurtenis(ID, "nl.schakel.proefstroom.geopend", BRON, ONDERWERP,
                    List.of("VTRR"), fout, NU)).as("eigenaren %s", fout).isInstanceOf(RuntimeException.class);
        }
        assertThat(new Gebeurtenis(ID, "nl.schakel.proefstroom.geopend", BRON, ONDERWERP,
                codes(Gebeurtenis.MAXIMAAL_ORGANISATIES), List.of("VTRR"), NU).ontvangers()).hasSize(50);
    }

    @Test
    void hetOnderwerpIsEenPadOnderDeApiBasis() {
        for (String pad : List.of("proefdossiers/1", "/", "/../beheer", "/proefdossiers/./x", "/proefdossiers/{id}",
                "/proefdossiers/a b", "/proefdossiers//x", "http://elders/x", "/x".repeat(101))) {
            assertThatThrownBy(() -> new Onderwerp("PROEFDOSSIER", ID, pad)).as(pad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new Onderwerp("proefdossier", ID, "/proefdossiers/" + ID))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Onderwerp("PROEF_DOSSIER", ID, "/proefdossiers/" + ID + "/deel-2").pad())
                .isEqualTo("/proefdossiers/" + ID + "/deel-2");
    }

    private static Gebeurtenis met(String type, String bron) {
        return new Gebeurtenis(ID, type, bron, ONDERWERP, List.of("FIL"), List.of("VTRR"), NU);
    }

    private static List<String> codes(int aantal) {
        return IntStream.range(0, aantal).mapToObj(i -> "ORG-" + i).toList();
    }
}
