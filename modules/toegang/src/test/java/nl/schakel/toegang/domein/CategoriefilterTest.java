package nl.schakel.toegang.domein;

import static nl.schakel.toegang.domein.Gegevenscategorie.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One filter for every flow: parts that each carry a category and an owner, as inbreng and crisis entries do. */
class CategoriefilterTest {

    record Deel(String tekst, Gegevenscategorie categorie, String eigenaar) implements Gecategoriseerd {
        @Override
        public boolean heeftGegevens() {
            return !tekst.isBlank();
        }
    }

    private final Deel politie = new Deel("Aangifte 12 november.", JUSTITIEEL, "POL-RR");
    private final Deel wijkteam = new Deel("Gezin heeft opvoedondersteuning.", HULPVERLENING, "WT-RDAM-FEIJ");
    private final Deel ggz = new Deel("Moeder in behandeling.", GEZONDHEID, "GGZ-DELTA");
    private final Deel leeg = new Deel(" ", MELDER, "VTRR");

    @Test
    void eenLezerZietDeGetoegekendeCategorieenEnHoortWatIsAchtergehouden() {
        Categoriefilter.Gefilterd<Deel> gezien = Categoriefilter.voor(Set.of(HULPVERLENING, VEILIGHEID), Optional.of("WT-RDAM-CHAR"))
                .filter(List.of(politie, wijkteam, ggz, leeg));

        assertThat(gezien.zichtbaar()).containsExactly(wijkteam);
        assertThat(gezien.achtergehouden()).as("alleen wat gegevens had, op naam gesorteerd").containsExactly(GEZONDHEID, JUSTITIEEL);
    }

    @Test
    void deEigenaarZietZijnEigenBijdrageOokBuitenZijnCategorieen() {
        Categoriefilter.Gefilterd<Deel> gezien = Categoriefilter.voor(Set.of(IDENTITEIT), Optional.of("POL-RR"))
                .filter(List.of(politie, wijkteam));

        assertThat(gezien.zichtbaar()).containsExactly(politie);
        assertThat(gezien.achtergehouden()).containsExactly(HULPVERLENING);
    }

    @Test
    void zonderOrganisatieEnZonderCategorieenZieJeNiets() {
        Categoriefilter.Gefilterd<Deel> gezien = Categoriefilter.voor(Set.of(), Optional.empty()).filter(List.of(politie, ggz));

        assertThat(gezien.zichtbaar()).isEmpty();
        assertThat(gezien.achtergehouden()).containsExactly(GEZONDHEID, JUSTITIEEL);
    }
}
