package nl.schakel.web.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokencacheTest {

    private final NepTijd tijd = new NepTijd();

    private GevalideerdToken verlooptOver(Duration over) {
        return new GevalideerdToken("wt.feijenoord", Map.of("sub", "s"), Set.of("wijkteammedewerker"), tijd.instant().plus(over));
    }

    @Test
    void eenVloedVanHonderdduizendVerschillendeTokensBlijftBinnenHetMaximum() {
        Tokencache cache = new Tokencache(Tokencontrole.CACHE_MAXIMUM, tijd, tijd);
        GevalideerdToken token = verlooptOver(Duration.ofHours(1));

        long grootste = 0;
        for (int i = 0; i < 100_000; i++) {
            cache.bewaar(Tokencache.sleutel("eyJhbGciOiJSUzI1NiJ9.vloed-" + i + ".handtekening"), token);
            if (i % 1_000 == 999) {
                grootste = Math.max(grootste, cache.grootte());
            }
        }

        assertThat(grootste).isPositive().isLessThanOrEqualTo(Tokencontrole.CACHE_MAXIMUM);
        assertThat(cache.grootte()).isLessThanOrEqualTo(Tokencontrole.CACHE_MAXIMUM);
    }

    @Test
    void eenTokenDatLangGeldtBlijftHoogstensZestigSeconden() {
        Tokencache cache = new Tokencache(100, tijd, tijd);
        cache.bewaar("a", verlooptOver(Duration.ofMinutes(5)));

        tijd.verder(Duration.ofSeconds(60).minusNanos(1));
        assertThat(cache.vind("a")).isPresent();
        tijd.verder(Duration.ofNanos(1));
        assertThat(cache.vind("a")).isEmpty();
    }

    @Test
    void eenTokenDatEerderVerlooptBlijftHoogstensTotZijnExp() {
        Tokencache cache = new Tokencache(100, tijd, tijd);
        cache.bewaar("b", verlooptOver(Duration.ofSeconds(10)));

        tijd.verder(Duration.ofSeconds(10).minusNanos(1));
        assertThat(cache.vind("b")).isPresent();
        tijd.verder(Duration.ofNanos(1));
        assertThat(cache.vind("b")).isEmpty();
    }

    @Test
    void eenVerlopenTokenKomtNietInDeCache() {
        Tokencache cache = new Tokencache(100, tijd, tijd);
        cache.bewaar("c", new GevalideerdToken("x", Map.of(), Set.of(), tijd.instant().minusSeconds(5)));

        assertThat(cache.vind("c")).isEmpty();
    }

    @Test
    void hetzelfdeTokenOpnieuwBewarenVerlengtZijnLevenNiet() {
        Tokencache cache = new Tokencache(100, tijd, tijd);
        cache.bewaar("d", verlooptOver(Duration.ofMinutes(5)));
        tijd.verder(Duration.ofSeconds(50));
        cache.bewaar("d", new GevalideerdToken("wt.feijenoord", Map.of(), Set.of(), NepTijd.BEGIN.plus(Duration.ofMinutes(5))));

        tijd.verder(Duration.ofSeconds(10).minusNanos(1));
        assertThat(cache.vind("d")).isPresent();
        tijd.verder(Duration.ofNanos(1));
        assertThat(cache.vind("d")).isEmpty();
    }

    @Test
    void deSleutelIsDeHashNietHetToken() {
        String token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.abc";

        assertThat(Tokencache.sleutel(token)).hasSize(43).doesNotContain("eyJ").isEqualTo(Tokencache.sleutel(token));
        assertThat(Tokencache.sleutel(token + "d")).isNotEqualTo(Tokencache.sleutel(token));
    }
}
