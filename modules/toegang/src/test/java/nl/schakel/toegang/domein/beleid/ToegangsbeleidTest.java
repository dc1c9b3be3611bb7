package nl.schakel.toegang.domein.beleid;

import static org.assertj.core.api.Assertions.assertThat;

import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.domein.ToegangReden;
import org.junit.jupiter.api.Test;

/** The reviewed policy file says what the access model says. */
class ToegangsbeleidTest {

    private final Toegangsbeleid beleid = new Toegangsbeleid();

    @Test
    void eenWijkteamKrijgtBijOverdrachtNooitJustitieleGegevensOfDeMelder() {
        assertThat(beleid.toegestaan(Doel.OVERDRACHT, "WIJKTEAM"))
                .contains(Gegevenscategorie.IDENTITEIT, Gegevenscategorie.VEILIGHEID, Gegevenscategorie.HULPVERLENING)
                .doesNotContain(Gegevenscategorie.JUSTITIEEL, Gegevenscategorie.MELDER);
    }

    @Test
    void politieEnOmKrijgenGeenOverdrachtMaarZienInHetCasusoverlegJustitieleGegevens() {
        assertThat(beleid.toegestaan(Doel.OVERDRACHT, "POLITIE")).isEmpty();
        assertThat(beleid.toegestaan(Doel.OVERDRACHT, "OPENBAAR_MINISTERIE")).isEmpty();
        assertThat(beleid.toegestaan(Doel.CASUSOVERLEG, "POLITIE")).contains(Gegevenscategorie.JUSTITIEEL);
        assertThat(beleid.toegestaan(Doel.CASUSOVERLEG, "WIJKTEAM")).doesNotContain(Gegevenscategorie.JUSTITIEEL);
    }

    @Test
    void deMelderGaatAlleenNaarVeiligThuisZelf() {
        for (Doel doel : Doel.values()) {
            for (String type : new String[] {"WIJKTEAM", "POLITIE", "OPENBAAR_MINISTERIE", "OPVANG", "JEUGDBESCHERMING",
                "RAAD_VOOR_DE_KINDERBESCHERMING", "CENTRUM_HGKM", "CRISISINTERVENTIETEAM", "RECLASSERING"}) {
                assertThat(beleid.toegestaan(doel, type)).as(doel + " naar " + type).doesNotContain(Gegevenscategorie.MELDER);
            }
        }
    }

    @Test
    void alleenDeOntvangerAccepteertEnAlleenDeEigenaarVerzendt() {
        assertThat(beleid.regel("overdracht.accepteren")).hasValueSatisfying(r -> assertThat(r.redenen()).containsExactly(ToegangReden.ONTVANGER));
        assertThat(beleid.regel("overdracht.verzenden")).hasValueSatisfying(r -> {
            assertThat(r.redenen()).containsExactly(ToegangReden.EIGENAAR);
            assertThat(r.rollen()).containsExactly(Rol.PROCESREGISSEUR);
        });
        assertThat(beleid.regel("logboek.lezen")).hasValueSatisfying(r -> assertThat(r.rollen()).containsExactly(Rol.FUNCTIONARIS_GEGEVENSBESCHERMING));
        assertThat(beleid.regel("bestaat.niet")).isEmpty();
    }

    @Test
    void exporterenMagEigenaarEnOntvangerNietMetNoodtoegangEnAlleenDeEigenaarKoppeltTerugAanDeMelder() {
        assertThat(beleid.regel("overdracht.exporteren")).hasValueSatisfying(r -> {
            assertThat(r.redenen()).containsExactlyInAnyOrder(ToegangReden.EIGENAAR, ToegangReden.ONTVANGER);
            // whoever reads may export, except the teamleider: it reads to act on an escalation, it needs no copy
            assertThat(r.rollen()).containsExactlyInAnyOrderElementsOf(beleid.regel("overdracht.lezen").orElseThrow().rollen()
                    .stream().filter(rol -> rol != Rol.TEAMLEIDER).toList());
        });
        assertThat(beleid.regel("overdracht.terugkoppelen")).hasValueSatisfying(r -> {
            assertThat(r.redenen()).containsExactly(ToegangReden.EIGENAAR);
            assertThat(r.rollen()).containsExactly(Rol.PROCESREGISSEUR);
        });
    }

    @Test
    void noodtoegangIsKortEnAlleenVoorCrisisrollen() {
        assertThat(beleid.noodtoegangDuur().toHours()).isBetween(1L, 8L);
        assertThat(beleid.noodtoegangRollen()).containsExactlyInAnyOrder(Rol.CRISISMEDEWERKER, Rol.CIT_MEDEWERKER, Rol.FILOMENA_MEDEWERKER);
    }

    @Test
    void elkDoelHeeftEenWettelijkeGrondslag() {
        for (Doel doel : Doel.values()) {
            assertThat(beleid.grondslag(doel)).as(doel.name()).isNotEqualTo("onbekend");
        }
    }
}
