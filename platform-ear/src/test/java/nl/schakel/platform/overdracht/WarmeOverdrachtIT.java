package nl.schakel.platform.overdracht;

import static nl.schakel.platform.overdracht.Verzoeken.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.schakel.platform.PlatformIT;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The receiving wijkteam plans the warm handover (day, time, place) once it confirmed receipt; Veilig Thuis sees the
 * plan; nobody else can plan it; bad, stale or unversioned requests change nothing.
 */
@PlatformIT
@RunAsClient
class WarmeOverdrachtIT {

    private static final LocalDate MORGEN = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1);

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void hetWijkteamPlantDeWarmeOverdrachtEnVeiligThuisZietHem() {
        String wtGebruiker = uniek("wt.feijenoord");
        String wijkteam = token(wtGebruiker, "WT-RDAM-FEIJ", "wijkteammedewerker");
        Overdracht ontvangen = ontvangen(wijkteam);

        HttpResponse<String> gepland = json("PUT", ontvangen.pad() + "/warme-overdracht", wijkteam, ontvangen.etag(),
                planning(MORGEN, "10:30", "Wijkteamkantoor Feijenoord"));

        JsonObject antwoord = ok(gepland);
        assertThat(antwoord.getJsonObject("warmeOverdracht").getString("datum")).isEqualTo(MORGEN.toString());
        assertThat(antwoord.getJsonObject("warmeOverdracht").getString("tijd")).startsWith("10:30");
        assertThat(antwoord.getJsonObject("warmeOverdracht").getString("plaats")).isEqualTo("Wijkteamkantoor Feijenoord");
        JsonObject bijVeiligThuis = ok(get(ontvangen.pad(), procesregisseur()));
        assertThat(bijVeiligThuis.getJsonObject("warmeOverdracht")).isEqualTo(antwoord.getJsonObject("warmeOverdracht"));
        assertThat(logboekregels(wtGebruiker)).anySatisfy(r -> assertThat(r.getString("handeling") + "/" + r.getString("uitkomst")
                + "/" + r.getString("bronId", "")).isEqualTo("overdracht.warme-overdracht-plannen/TOEGESTAAN/" + ontvangen.id()));

        // moved after accepting: still the receiver's plan
        HttpResponse<String> geaccepteerd = post(ontvangen.pad() + "/acceptatie", wijkteam, etag(gepland));
        JsonObject verzet = ok(json("PUT", ontvangen.pad() + "/warme-overdracht", wijkteam, etag(geaccepteerd),
                planning(MORGEN.plusDays(6), "14:00", "Bij het gezin thuis")));
        assertThat(verzet.getJsonObject("warmeOverdracht").getString("datum")).isEqualTo(MORGEN.plusDays(6).toString());
        assertThat(verzet.getString("status")).isEqualTo("GEACCEPTEERD");
    }

    @Test
    void ongeldigVerouderdOfZonderVersieVerandertNiets() {
        Overdracht ontvangen = ontvangen(feijenoord());
        String pad = ontvangen.pad() + "/warme-overdracht";

        JsonObject ongeldig = isProbleem(json("PUT", pad, feijenoord(), ontvangen.etag(),
                planning(LocalDate.of(2020, 1, 1), "10:00", " ")), 400, "OVD-017");
        assertThat(ongeldig.getJsonArray("invalidParams").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("name")).containsExactlyInAnyOrder("datum", "plaats");
        isProbleem(json("PUT", pad, feijenoord(), ontvangen.etag(),
                "{\"datum\":\"morgen\",\"tijd\":\"10:00\",\"plaats\":\"Kantoor\"}"), 400, "API-400");
        isProbleem(json("PUT", pad, feijenoord(), ontvangen.etag(),
                "{\"datum\":\"" + MORGEN + "\",\"tijd\":\"10:00\",\"plaats\":\"Kantoor\",\"adres\":\"x\"}"), 400, "API-400");
        isProbleem(json("PUT", pad, feijenoord(), null, planning(MORGEN, "10:00", "Kantoor")), 428, "API-428");
        isProbleem(json("PUT", pad, feijenoord(), "\"1\"", planning(MORGEN, "10:00", "Kantoor")), 412, "API-412");

        JsonObject nu = ok(get(ontvangen.pad(), feijenoord()));
        assertThat(nu.containsKey("warmeOverdracht")).isFalse();
        assertThat(etag(get(ontvangen.pad(), feijenoord()))).isEqualTo(ontvangen.etag());
    }

    @Test
    void alleenDeOntvangerPlantEnPasNaDeOntvangstbevestiging() {
        Overdracht verzonden = verzondenAanFeijenoord();
        String pad = verzonden.pad() + "/warme-overdracht";

        isProbleem(json("PUT", pad, feijenoord(), verzonden.etag(), planning(MORGEN, "10:00", "Kantoor")), 409, "OVD-010");
        HttpResponse<String> ontvangen = post(verzonden.pad() + "/ontvangstbevestiging", feijenoord(), verzonden.etag());
        String vtGebruiker = uniek("vt.procesregisseur");
        isProbleem(json("PUT", pad, token(vtGebruiker, "VTRR", "procesregisseur"), etag(ontvangen),
                planning(MORGEN, "10:00", "Kantoor")), 403, "TGN-002");
        String charloisGebruiker = uniek("wt.charlois");
        isProbleem(json("PUT", pad, token(charloisGebruiker, "WT-RDAM-CHAR", "wijkteammedewerker"), etag(ontvangen),
                planning(MORGEN, "10:00", "Kantoor")), 404, "OVD-404");

        assertThat(logboekregels(vtGebruiker)).anySatisfy(r -> assertThat(r.getString("handeling") + "/" + r.getString("uitkomst"))
                .isEqualTo("overdracht.warme-overdracht-plannen/GEWEIGERD"));
        assertThat(logboekregels(charloisGebruiker)).anySatisfy(r -> assertThat(r.getString("handeling") + "/" + r.getString("uitkomst"))
                .isEqualTo("overdracht.warme-overdracht-plannen/GEWEIGERD"));
    }

    private static Overdracht ontvangen(String wijkteam) {
        Overdracht verzonden = verzondenAanFeijenoord();
        HttpResponse<String> ontvangen = post(verzonden.pad() + "/ontvangstbevestiging", wijkteam, verzonden.etag());
        assertThat(ontvangen.statusCode()).as(ontvangen.body()).isEqualTo(200);
        return new Overdracht(verzonden.pad(), etag(ontvangen));
    }

    private static String planning(LocalDate datum, String tijd, String plaats) {
        return "{\"datum\":\"" + datum + "\",\"tijd\":\"" + tijd + "\",\"plaats\":\"" + plaats + "\"}";
    }
}
