package nl.schakel.toegang.infrastructuur;

import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Rol;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MedewerkerUitTokenTest {

    @Test
    void leestNaamOrganisatieEnRollen() {
        Map<String, String> claims = Map.of(
                "sub", "4f1c", "name", "Sanne Verbeek", "preferred_username", "vt.procesregisseur",
                "organisatie", "VTRR", "azp", "schakel-web");

        Medewerker medewerker = MedewerkerUitToken.lees(
                naam -> Optional.ofNullable(claims.get(naam)), Set.of("procesregisseur", "offline_access"));

        assertThat(medewerker.id()).isEqualTo("4f1c");
        assertThat(medewerker.naam()).isEqualTo("Sanne Verbeek");
        assertThat(medewerker.organisatieCode()).contains("VTRR");
        assertThat(medewerker.team()).isEmpty();
        assertThat(medewerker.rollen()).containsExactly(Rol.PROCESREGISSEUR);
        assertThat(medewerker.clientId()).isEqualTo("schakel-web");
    }

    @Test
    void zonderNaamGeldtDeGebruikersnaamEnZonderRollenGeenRechten() {
        Map<String, String> claims = Map.of("sub", "9", "upn", "service-account-schakel-integratie");

        Medewerker medewerker = MedewerkerUitToken.lees(naam -> Optional.ofNullable(claims.get(naam)), Set.of("x"));

        assertThat(medewerker.naam()).isEqualTo("service-account-schakel-integratie");
        assertThat(medewerker.rollen()).isEmpty();
        assertThat(medewerker.organisatieCode()).isEmpty();
    }

    @Test
    void eenSysteemaccountHandeltNamensDeOrganisatieUitDeNamensClaim() {
        Map<String, String> claims = Map.of("sub", "9", "organisatie", "SCHAKEL", "namens", "VTRR", "azp", "schakel-integratie");

        Medewerker koppeling = MedewerkerUitToken.lees(naam -> Optional.ofNullable(claims.get(naam)), Set.of("integratie"));

        assertThat(koppeling.organisatieCode()).contains("SCHAKEL");
        assertThat(koppeling.namens()).contains("VTRR");
        assertThat(koppeling.handeltVoor()).contains("VTRR");
    }

    @Test
    void eenPersoonKanNietNamensEenAndereOrganisatieHandelen() {
        Map<String, String> claims = Map.of("sub", "7", "organisatie", "WT-RDAM-FEIJ", "namens", "VTRR");

        Medewerker medewerker = MedewerkerUitToken.lees(naam -> Optional.ofNullable(claims.get(naam)), Set.of("wijkteammedewerker"));

        assertThat(medewerker.namens()).isEmpty();
        assertThat(medewerker.handeltVoor()).contains("WT-RDAM-FEIJ");
    }

    @Test
    void elkeRolHeeftEenUniekeClaim() {
        assertThat(Set.of(Rol.values())).extracting(Rol::claim).doesNotHaveDuplicates();
        assertThat(Rol.vanClaim(Rol.INTEGRATIE_CLAIM)).contains(Rol.INTEGRATIE);
    }
}
