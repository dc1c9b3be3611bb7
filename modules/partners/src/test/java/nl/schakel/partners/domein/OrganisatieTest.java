package nl.schakel.partners.domein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.OnverwerkbaarFout;
import nl.schakel.gedeeld.fout.ValidatieFout;
import org.junit.jupiter.api.Test;

class OrganisatieTest {

    private static final Instant NU = Instant.parse("2026-11-25T09:00:00Z");

    @Test
    void registrerenNeemtDeGegevensOver() {
        Organisatie organisatie = Organisatie.registreer(
                new OrganisatieGegevens("WT-TEST", " Wijkteam Test ", "WIJKTEAM", List.of("GM0599"), null), NU);

        assertThat(organisatie.id()).isNotNull();
        assertThat(organisatie.code()).isEqualTo("WT-TEST");
        assertThat(organisatie.naam()).isEqualTo("Wijkteam Test");
        assertThat(organisatie.type()).isEqualTo(OrganisatieType.WIJKTEAM);
        assertThat(organisatie.gemeenten()).containsExactly("GM0599");
        assertThat(organisatie.laatstGewijzigd()).isEqualTo(NU);
    }

    @Test
    void ongeldigeGegevensNoemenElkVeld() {
        OrganisatieGegevens gegevens =
                new OrganisatieGegevens("wt test", "", "BAKKERIJ", List.of("GM0599", "Rotterdam"), "x");

        assertThatThrownBy(() -> Organisatie.registreer(gegevens, NU))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> {
                    assertThat(fout.code()).isEqualTo("ORG-001");
                    assertThat(fout.ongeldigeParameters()).extracting(OngeldigeParameter::name)
                            .containsExactly("code", "naam", "type", "gemeenten[1]", "bovenliggendeOrganisatie");
                });
    }

    @Test
    void deCodeVerandertNooit() {
        Organisatie organisatie = Organisatie.registreer(
                new OrganisatieGegevens("WT-TEST", "Wijkteam Test", "WIJKTEAM", List.of(), null), NU);

        assertThatThrownBy(() -> organisatie.wijzig(
                        new OrganisatieGegevens("WT-ANDER", "Wijkteam Test", "WIJKTEAM", List.of(), null), NU))
                .isInstanceOfSatisfying(OnverwerkbaarFout.class, fout -> assertThat(fout.code()).isEqualTo("ORG-003"));
    }

    @Test
    void wijzigenVervangtNaamTypeEnGemeenten() {
        Organisatie organisatie = Organisatie.registreer(
                new OrganisatieGegevens("LT-X", "Oud", "WIJKTEAM", List.of("GM0606"), null), NU);

        organisatie.wijzig(new OrganisatieGegevens("LT-X", "Nieuw", "OPVANG", List.of("GM0622", "GM0556"), "FIER"),
                NU.plusSeconds(60));

        assertThat(organisatie.naam()).isEqualTo("Nieuw");
        assertThat(organisatie.type()).isEqualTo(OrganisatieType.OPVANG);
        assertThat(organisatie.gemeenten()).containsExactly("GM0622", "GM0556");
        assertThat(organisatie.bovenliggendeOrganisatie()).contains("FIER");
        assertThat(organisatie.laatstGewijzigd()).isEqualTo(NU.plusSeconds(60));
    }
}
