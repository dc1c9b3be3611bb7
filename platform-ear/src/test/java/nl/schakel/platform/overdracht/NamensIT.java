package nl.schakel.platform.overdracht;

import static nl.schakel.platform.overdracht.Verzoeken.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import nl.schakel.platform.PlatformIT;
import nl.schakel.platform.TestTokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Veilig Thuis's registration system creates concepts through the intake route with the integration client,
 * acting for Veilig Thuis (the {@code namens} claim): the concept is Veilig Thuis's, the account itself sees
 * nothing of it, and the logboek names the account and on whose behalf it acted.
 */
@PlatformIT
@RunAsClient
class NamensIT {

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void deKoppelingMaaktEenConceptVanVeiligThuisEnZietHetZelfNiet() {
        String account = uniek("service-account-schakel-integratie");
        String koppeling = TestTokens.koppeling(account, "VTRR");

        HttpResponse<String> gemaakt = json("POST", OVERDRACHTEN, koppeling, null, inhoud("Uit het registratiesysteem."));

        assertThat(gemaakt.statusCode()).as(gemaakt.body()).isEqualTo(201);
        JsonObject concept = lees(gemaakt);
        assertThat(concept.getString("eigenaarOrganisatie")).isEqualTo("VTRR");
        assertThat(concept.getString("status")).isEqualTo("CONCEPT");
        String pad = OVERDRACHTEN + "/" + concept.getString("id");
        // Veilig Thuis completes and sends it; the account has no grant on it
        assertThat(ok(get(pad, procesregisseur())).getString("eigenaarOrganisatie")).isEqualTo("VTRR");
        isProbleem(get(pad, koppeling), 404, "OVD-404");

        JsonObject regel = logboekregel(logboekregels(account), "overdracht.opstellen", "TOEGESTAAN", concept.getString("id"));
        assertThat(regel.getString("organisatie")).isEqualTo("SCHAKEL");
        assertThat(regel.getString("namens")).isEqualTo("VTRR");
        assertThat(regel.getString("toegangReden")).isEqualTo("EIGENAAR");
        logboekregel(logboekregels(account), "overdracht.lezen", "GEWEIGERD", concept.getString("id"));
    }

    @Test
    void zonderNamensOfNamensEenAndereOrganisatieMaaktDeKoppelingNiets() {
        String zonder = uniek("koppeling.zonder");
        isProbleem(json("POST", OVERDRACHTEN, TestTokens.koppeling(zonder, null), null, inhoud("Zonder namens.")), 403, "OVD-015");
        String wijkteam = uniek("koppeling.wijkteam");
        isProbleem(json("POST", OVERDRACHTEN, TestTokens.koppeling(wijkteam, "WT-RDAM-FEIJ"), null, inhoud("Namens een wijkteam.")),
                403, "OVD-015");
        String onbekend = uniek("koppeling.onbekend");
        isProbleem(json("POST", OVERDRACHTEN, TestTokens.koppeling(onbekend, "BESTAAT-NIET"), null, inhoud("Onbekend.")),
                403, "OVD-015");

        // each refusal is in the logboek, with the organisation it claimed to act for
        assertThat(logboekregels(zonder)).anySatisfy(r -> assertThat(r.getString("handeling") + "/" + r.getString("uitkomst"))
                .isEqualTo("overdracht.opstellen/GEWEIGERD"));
        JsonObject namensWijkteam = logboekregels(wijkteam).stream()
                .filter(r -> r.getString("handeling").equals("overdracht.opstellen")).findFirst().orElseThrow();
        assertThat(namensWijkteam.getString("uitkomst")).isEqualTo("GEWEIGERD");
        assertThat(namensWijkteam.getString("namens")).isEqualTo("WT-RDAM-FEIJ");
        assertThat(logboekregels(onbekend)).extracting(r -> r.getString("uitkomst")).containsExactly("GEWEIGERD");
    }

    @Test
    void eenPersoonKanGeenNamensClaimGebruiken() {
        String gebruiker = uniek("wt.feijenoord");
        String wijkteamMetNamens = TestTokens.metClaim(gebruiker, "WT-RDAM-FEIJ", "namens", "VTRR", "wijkteammedewerker");

        isProbleem(json("POST", OVERDRACHTEN, wijkteamMetNamens, null, inhoud("Geprobeerd.")), 403, "TGN-002");

        JsonObject geweigerd = logboekregels(gebruiker).stream().filter(r -> r.getString("handeling").equals("overdracht.opstellen"))
                .findFirst().orElseThrow();
        assertThat(geweigerd.getString("uitkomst")).isEqualTo("GEWEIGERD");
        assertThat(geweigerd.containsKey("namens") && !geweigerd.isNull("namens")).as("geen namens in " + geweigerd).isFalse();
    }
}
