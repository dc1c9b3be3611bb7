package nl.schakel.platform.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import org.junit.jupiter.api.Test;

/** The generator refuses a flow that forgets an action, and flow 1 keeps the cells it always had. */
class MatrixgeneratorTest {

    private static final Toegangsbeleid BELEID = new Toegangsbeleid();
    private final Matrixgenerator generator = new Matrixgenerator(BELEID);
    private final OverdrachtMatrix overdracht = new OverdrachtMatrix();

    @Test
    void eenHandelingVanHetBeleidZonderVerzoekLaatDeMatrixFalen() {
        Set<String> metVerzoek = metVerzoek();
        metVerzoek.remove("overdracht.accepteren");

        assertThat(generator.verschillen("overdracht", overdracht.voorvoegsels(), metVerzoek.size(), metVerzoek,
                overdracht.zonderCel().keySet()))
                .singleElement().asString().contains("[overdracht.accepteren]", "geen verzoek");
    }

    @Test
    void eenHandelingDieHetBeleidNietKentLaatDeMatrixFalen() {
        Set<String> metVerzoek = metVerzoek();
        metVerzoek.add("overdracht.archiveren");
        metVerzoek.add("logboek.lezen");

        assertThat(generator.verschillen("overdracht", overdracht.voorvoegsels(), metVerzoek.size(), metVerzoek,
                overdracht.zonderCel().keySet()))
                .singleElement().asString().contains("[logboek.lezen, overdracht.archiveren]", "kent die niet");
    }

    @Test
    void eenNieuweStroomZonderVerzoekenNoemtAlleHandelingenVanZijnVoorvoegsel() {
        assertThat(generator.verschillen("monitoring", Set.of("monitoring."), 0, Set.of(), Set.of()))
                .singleElement().asString()
                .contains("[monitoring.kengetallen, monitoring.lezen, monitoring.vastleggen, monitoring.zoeken]");
    }

    @Test
    void deOverdrachtHoudtZijn2240CellenMetDezelfdeNamen() {
        List<Cel> cellen = generator.cellen(overdracht, overdracht.relaties(BELEID));

        assertThat(cellen).hasSize(Rol.values().length * 16 * 10).hasSize(2240);
        assertThat(cellen.stream().map(Cel::naam).collect(Collectors.toSet())).hasSize(2240);
        assertThat(cellen.get(0).naam()).isEqualTo("procesregisseur × overdracht.lezen × eigenaar");
        assertThat(cellen.get(15).naam()).isEqualTo("procesregisseur × overdracht.zoeken × eigenaar");
        assertThat(cellen.get(2239).naam()).isEqualTo("integratie × overdracht.zoeken × noodtoegang");
        assertThat(Matrixgenerator.samenvatting(overdracht, overdracht.relaties(BELEID), cellen))
                .startsWith("Toegangsmatrix: 2240 cellen (14 rollen × 16 handelingen × 10 relaties); verwacht per status (zonder zoeken): {");
    }

    private Set<String> metVerzoek() {
        Set<String> namen = overdracht.verzoeken().stream().map(Matrixdeclaratie.Verzoek::handeling)
                .collect(Collectors.toCollection(HashSet::new));
        namen.add(overdracht.zoeken().handeling());
        return namen;
    }
}
