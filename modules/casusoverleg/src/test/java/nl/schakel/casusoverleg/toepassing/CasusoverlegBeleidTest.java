package nl.schakel.casusoverleg.toepassing;

import static nl.schakel.toegang.domein.ToegangReden.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.schakel.casusoverleg.domein.Bronnen;
import nl.schakel.casusoverleg.domein.CasusoverlegHandeling;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.domein.beleid.Regel;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import nl.schakel.toegang.toepassing.Beleidscontrole;
import org.junit.jupiter.api.Test;

/**
 * The casusoverleg rules of the real policy file, as docs/toegangsbeleid.md reasons them: code and policy name the same
 * actions, each action's reasons keep the parties apart, and the categories per organisation type give the answers the
 * issue asks for (OM sees police's criminal information, a wijkteam does not).
 */
class CasusoverlegBeleidTest {

    private final Toegangsbeleid beleid = new Toegangsbeleid();

    @Test
    void codeEnBeleidNoemenDezelfdeHandelingen() {
        Set<String> casusoverlegregels = beleid.handelingen().stream().filter(h -> h.startsWith("casusoverleg."))
                .collect(Collectors.toSet());

        assertThat(Beleidscontrole.verschillen(List.of(new CasusoverlegDeclaratie()), casusoverlegregels)).isEmpty();
        assertThat(new CasusoverlegDeclaratie().brontypen()).containsExactlyInAnyOrder(Bronnen.AANMELDING, Bronnen.OVERLEG,
                Bronnen.AGENDAPUNT, Bronnen.INBRENG, Bronnen.ACTIE);
        assertThat(Bronnen.AGENDAPUNT.ouder()).contains(Bronnen.OVERLEG);
        assertThat(Bronnen.INBRENG.ouder()).contains(Bronnen.AGENDAPUNT);
        assertThat(Bronnen.ACTIE.ouder()).contains(Bronnen.AGENDAPUNT);
    }

    @Test
    void alleenDeOrganisatorBeoordeeltPlantNodigtUitEnSchaaltAf() {
        for (CasusoverlegHandeling handeling : List.of(CasusoverlegHandeling.AANMELDING_BEOORDELEN, CasusoverlegHandeling.AFSCHALEN,
                CasusoverlegHandeling.AANMELDING_INPLANNEN, CasusoverlegHandeling.OVERLEG_PLANNEN, CasusoverlegHandeling.AGENDA_WIJZIGEN,
                CasusoverlegHandeling.UITNODIGEN)) {
            assertThat(regel(handeling).rollen()).as(handeling.naam()).containsExactly(Rol.ZVH_PROCESREGISSEUR);
        }
        assertThat(regel(CasusoverlegHandeling.AANMELDING_BEOORDELEN).redenen()).containsExactly(ONTVANGER);
        assertThat(regel(CasusoverlegHandeling.AANMELDING_WIJZIGEN).redenen()).as("de aanmelder, niet de organisator").containsExactly(EIGENAAR);
        assertThat(regel(CasusoverlegHandeling.UITNODIGEN).redenen()).as("op het overleg").containsExactly(EIGENAAR);
    }

    @Test
    void eenGenodigdeLeestEnBrengtInMaarWijzigtAlleenMetEenEigenToegang() {
        assertThat(regel(CasusoverlegHandeling.AGENDAPUNT_LEZEN).redenen()).containsExactlyInAnyOrder(EIGENAAR, UITGENODIGD);
        assertThat(regel(CasusoverlegHandeling.INBRENG_LEVEREN).redenen()).containsExactlyInAnyOrder(EIGENAAR, UITGENODIGD);
        for (CasusoverlegHandeling wijzigen : List.of(CasusoverlegHandeling.INBRENG_WIJZIGEN, CasusoverlegHandeling.INBRENG_DELEN,
                CasusoverlegHandeling.INBRENG_INTREKKEN)) {
            assertThat(regel(wijzigen).redenen()).as(wijzigen.naam()).containsExactly(EIGENAAR).doesNotContain(UITGENODIGD);
        }
        assertThat(regel(CasusoverlegHandeling.OVERLEG_LEZEN).redenen()).as("het hele overleg alleen voor de eigenaren")
                .containsExactly(EIGENAAR);
        assertThat(beleid.handelingen().stream().filter(h -> h.startsWith("casusoverleg.")).map(h -> beleid.regel(h).orElseThrow())
                .flatMap(r -> r.redenen().stream())).as("noodtoegang opent geen casusoverleg").doesNotContain(NOODTOEGANG);
    }

    @Test
    void hetOmZietJustitieelEenWijkteamNietEnDeOrganisatorOokNiet() {
        assertThat(beleid.toegestaan(Doel.CASUSOVERLEG, "OPENBAAR_MINISTERIE")).contains(Gegevenscategorie.JUSTITIEEL);
        assertThat(beleid.toegestaan(Doel.CASUSOVERLEG, "POLITIE")).contains(Gegevenscategorie.JUSTITIEEL);
        assertThat(beleid.toegestaan(Doel.CASUSOVERLEG, "WIJKTEAM")).doesNotContain(Gegevenscategorie.JUSTITIEEL, Gegevenscategorie.GEZONDHEID);
        assertThat(beleid.toegestaan(Doel.CASUSOVERLEG, "ZORG_EN_VEILIGHEIDSHUIS")).doesNotContain(Gegevenscategorie.JUSTITIEEL);
        assertThat(beleid.toegestaan(Doel.CASUSOVERLEG, "CRISISINTERVENTIETEAM")).as("niet uit te nodigen").isEmpty();
        for (String type : List.of("VEILIG_THUIS", "ZORG_EN_VEILIGHEIDSHUIS", "POLITIE", "OPENBAAR_MINISTERIE", "RECLASSERING",
                "WIJKTEAM", "RAAD_VOOR_DE_KINDERBESCHERMING", "JEUGDBESCHERMING")) {
            assertThat(beleid.toegestaan(Doel.CASUSOVERLEG, type)).as(type + " herkent de betrokkenen en ziet de vraag")
                    .contains(Gegevenscategorie.IDENTITEIT, Gegevenscategorie.VEILIGHEID);
        }
        assertThat(beleid.grondslag(Doel.CASUSOVERLEG)).contains("WGS");
    }

    @Test
    void eenActieIsVanHaarEigenaarEnVanDeEigenarenVanHetOverlegNietVanDeGenodigden() {
        assertThat(regel(CasusoverlegHandeling.ACTIE_TOEWIJZEN).redenen()).as("op het overleg").containsExactly(EIGENAAR);
        assertThat(regel(CasusoverlegHandeling.ACTIE_TOEWIJZEN).rollen()).containsExactlyInAnyOrder(Rol.ZVH_PROCESREGISSEUR,
                Rol.PROCESREGISSEUR);
        for (CasusoverlegHandeling handeling : List.of(CasusoverlegHandeling.ACTIES_ZOEKEN, CasusoverlegHandeling.ACTIE_LEZEN,
                CasusoverlegHandeling.ACTIE_AFRONDEN)) {
            assertThat(regel(handeling).redenen()).as(handeling.naam()).containsExactlyInAnyOrder(EIGENAAR, ACTIEHOUDER)
                    .doesNotContain(UITGENODIGD);
        }
        assertThat(regel(CasusoverlegHandeling.GEHEIMHOUDING_BEVESTIGEN).redenen()).containsExactlyInAnyOrder(EIGENAAR, UITGENODIGD);
    }

    private Regel regel(CasusoverlegHandeling handeling) {
        return beleid.regel(handeling.naam()).orElseThrow();
    }
}
