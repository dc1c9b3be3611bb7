package nl.schakel.crisisdossier.domein;

import static nl.schakel.crisisdossier.domein.CrisisdossierTest.NU;
import static nl.schakel.crisisdossier.domein.CrisisdossierTest.VT;
import static nl.schakel.crisisdossier.domein.CrisisdossierTest.dossier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import org.junit.jupiter.api.Test;

/** A partner's part of the joint veiligheidsbeoordeling: its rules, and the joint judgement that no partner outvotes. */
class VeiligheidsbijdrageTest {

    @Test
    void elkeRegelTegelijkGenoemdLegePuntenVallenWeg() {
        Veiligheidsbijdragegegevens fout = new Veiligheidsbijdragegegevens("MWAH", List.of("twee\nregels", "x".repeat(501)),
                Collections.nCopies(31, "punt"), java.util.Arrays.asList(" ", null));
        assertThatThrownBy(() -> Veiligheidsbijdrage.eerste(dossier(), "VTRR", fout, "VT 1", NU))
                .isInstanceOfSatisfying(ValidatieFout.class, e -> {
                    assertThat(e.code()).isEqualTo(Foutcodes.ONGELDIGE_VEILIGHEIDSBIJDRAGE);
                    assertThat(e.ongeldigeParameters()).extracting(OngeldigeParameter::name)
                            .containsExactly("oordeel", "risicofactoren[0]", "risicofactoren[1]", "beschermendeFactoren");
                });

        Veiligheidsbijdrage goed = Veiligheidsbijdrage.eerste(dossier(), "VTRR", new Veiligheidsbijdragegegevens("ONVEILIG",
                List.of(" Dreiging ", ""), null, List.of("Huisverbod")), "VT 1", NU);
        assertThat(goed.risicofactoren()).containsExactly("Dreiging");
        assertThat(goed.beschermendeFactoren()).isEmpty();
        assertThat(goed.afspraken()).containsExactly("Huisverbod");
        assertThat(goed.eigenaar()).isEqualTo("VTRR");
    }

    @Test
    void hetGezamenlijkeOordeelIsHetErnstigsteNiemandWordtOvergestemd() {
        Crisisdossier dossier = dossier();
        Veiligheidsbijdrage vt = Veiligheidsbijdrage.eerste(dossier, "VTRR", gegevens("VOORLOPIG_VEILIG"), "VT 1", NU);
        Veiligheidsbijdrage cit = Veiligheidsbijdrage.eerste(dossier, "CIT-JBRR", gegevens("ACUUT_ONVEILIG"), "CIT 1", NU);
        Veiligheidsbijdrage raad = Veiligheidsbijdrage.eerste(dossier, "RVDK-RR", gegevens("ONVEILIG"), "Raad 1", NU);

        assertThat(Veiligheidsbijdrage.gezamenlijkOordeel(List.of(vt, cit, raad))).contains(Veiligheidsoordeel.ACUUT_ONVEILIG);
        assertThat(Veiligheidsbijdrage.gezamenlijkOordeel(List.of(vt, raad))).contains(Veiligheidsoordeel.ONVEILIG);
        assertThat(Veiligheidsbijdrage.gezamenlijkOordeel(List.of())).isEmpty();
    }

    @Test
    void inEenGeslotenDossierVerandertNiets() {
        Crisisdossier dossier = dossier();
        Veiligheidsbijdrage vt = Veiligheidsbijdrage.eerste(dossier, "VTRR", gegevens("ONVEILIG"), "VT 1", NU);
        dossier.sluit("REGULIER", "Veilig.", VT, NU);
        assertThatThrownBy(() -> vt.wijzig(dossier, gegevens("VOORLOPIG_VEILIG"), "VT 1", NU)).isInstanceOf(ConflictFout.class);
        assertThat(vt.oordeel()).isEqualTo(Veiligheidsoordeel.ONVEILIG);
    }

    private static Veiligheidsbijdragegegevens gegevens(String oordeel) {
        return new Veiligheidsbijdragegegevens(oordeel, List.of(), List.of(), List.of());
    }
}
