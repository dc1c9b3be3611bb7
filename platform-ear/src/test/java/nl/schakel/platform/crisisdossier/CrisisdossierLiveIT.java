package nl.schakel.platform.crisisdossier;

import static nl.schakel.platform.Logboekcontrole.*;
import static nl.schakel.platform.crisisdossier.Crisisdossiers.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import nl.schakel.platform.Probleemcontrole;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The live stream of a crisis file on the real EAR: each co-owner's screen hears of new entries and task changes (ids
 * and kinds only), never of an entry its grants do not show; a reconnect with Last-Event-ID misses nothing; closing
 * ends every stream; no grant, no stream.
 */
@PlatformIT
@RunAsClient
class CrisisdossierLiveIT {

    static final long WACHT = 10;

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void elkePartnerHoortWatZijnToegangToontEnEenHerverbindingMistNiets() throws InterruptedException {
        String vt = vtCrisis(uniek("vt.crisis"));
        String dossier = meld(vt, "CIT-JBRR", "RVDK-RR", "FIL");
        String citGebruiker = uniek("cit");

        Livestroom.Gebeurtenis laatste;
        try (Livestroom citStroom = Livestroom.open(dossier, cit(citGebruiker), null);
                Livestroom raadStroom = Livestroom.open(dossier, raad(uniek("raad")), null)) {
            assertThat(citStroom.status()).isEqualTo(200);
            Livestroom.Gebeurtenis stand = citStroom.volgende(WACHT);
            assertThat(stand).isNotNull();
            assertThat(stand.soort()).isEqualTo("stand");
            assertThat(raadStroom.volgende(WACHT).soort()).isEqualTo("stand");
            logboekregel(logboekregels(citGebruiker), "crisisdossier.live-volgen", "TOEGESTAAN", id(dossier));

            JsonObject medisch = schrijf(filomena(uniek("filomena")), dossier, "OBSERVATIE", "GEZONDHEID", "Letsel aan de pols (fictief).");
            JsonObject veiligheid = schrijf(vt, dossier, "BESLUIT", "VEILIGHEID", "Kinderen slapen bij oma (fictief).");

            Livestroom.Gebeurtenis eerste = citStroom.volgende(WACHT);
            assertThat(eerste.soort()).isEqualTo("aantekening-toegevoegd");
            assertThat(eerste.data().getString("aantekeningId")).isEqualTo(medisch.getString("id"));
            assertThat(eerste.data().getString("organisatieCode")).isEqualTo("FIL");
            assertThat(eerste.data().toString()).as("alleen id's en soorten").doesNotContain("pols");
            Livestroom.Gebeurtenis tweede = citStroom.volgende(WACHT);
            assertThat(tweede.data().getString("aantekeningId")).isEqualTo(veiligheid.getString("id"));
            assertThat(tweede.id()).isGreaterThan(eerste.id());

            Livestroom.Gebeurtenis raadHoort = raadStroom.volgende(WACHT);
            assertThat(raadHoort.data().getString("aantekeningId")).as("de Raad hoort niets van GEZONDHEID")
                    .isEqualTo(veiligheid.getString("id"));
            laatste = tweede;
        }

        // while the CIT's screen is away, an entry and a task; on reconnect it gets both, in order
        JsonObject gemist = schrijf(vt, dossier, "NOTITIE", "HULPVERLENING", "Oma kan een week opvangen (fictief).");
        HttpResponse<String> taak = Api.json("POST", dossier + "/taken", vt, null, taak("CIT-JBRR", "Huisbezoek morgen", null));
        assertThat(taak.statusCode()).as(taak.body()).isEqualTo(201);
        try (Livestroom terug = Livestroom.open(dossier, cit(uniek("cit")), laatste.id())) {
            // a refused reconnect would otherwise look like a silent stream
            assertThat(terug.status()).as("de herverbinding wordt aangenomen").isEqualTo(200);
            Livestroom.Gebeurtenis eerste = terug.volgende(WACHT);
            assertThat(eerste.soort()).isEqualTo("aantekening-toegevoegd");
            assertThat(eerste.id()).isEqualTo(laatste.id() + 1);
            assertThat(eerste.data().getString("aantekeningId")).isEqualTo(gemist.getString("id"));
            Livestroom.Gebeurtenis tweede = terug.volgende(WACHT);
            assertThat(tweede.soort()).isEqualTo("taak-toegevoegd");
            assertThat(tweede.data().getString("taakId")).isEqualTo(Api.lees(taak).getString("id"));

            // closing: the stream says so and ends
            HttpResponse<String> gelezen = Api.get(dossier, vt);
            Api.ok(Api.json("POST", dossier + "/sluiting", vt, Api.etag(gelezen), "{\"uitkomst\":\"REGULIER\",\"reden\":\"Veilig.\"}"));
            Livestroom.Gebeurtenis slot = terug.volgende(WACHT);
            assertThat(slot.soort()).isEqualTo("dossier-gesloten");
            assertThat(terug.volgende(WACHT)).isNull();
            assertThat(terug.isBeeindigd()).isTrue();
        }
    }

    @Test
    void zonderToegangGeenStroomEnEenOngeldigLastEventIdIsEen400() {
        String dossier = meld(vtCrisis(uniek("vt.crisis")), "CIT-JBRR");
        String buitenstaander = uniek("filomena");
        HttpResponse<String> geweigerd = Api.stuur(Api.verzoek(dossier + "/live", filomena(buitenstaander))
                .header("Accept", "text/event-stream").GET());
        Probleemcontrole.isProbleem(geweigerd, 404, "CRS-404");
        logboekregel(logboekregels(buitenstaander), "crisisdossier.live-volgen", "GEWEIGERD", id(dossier));
        Probleemcontrole.isProbleem(Api.stuur(Api.verzoek(dossier + "/live", cit(uniek("cit")))
                .header("Accept", "text/event-stream").header("Last-Event-ID", "abc").GET()), 400, "API-002");
    }
}
