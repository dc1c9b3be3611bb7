package nl.schakel.platform.overdracht;

import static nl.schakel.platform.overdracht.Verzoeken.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.schakel.platform.PlatformIT;
import nl.schakel.platform.PlatformOmgeving;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * One request, one connection of the pool: with the application's pool cut to a single connection (and a wait of
 * three seconds for it), every kind of request of the open model's mix — a read, the inbox, Mijn werk, writing a
 * concept, sending it, the export — is still answered, with its logboek row. Before {@code TransactieDataSource} each
 * of them but Mijn werk held two (EclipseLink's and the plain JDBC's) and so waited for itself until the wait ended in
 * a 500. The pool is given back as it was, also when the test fails.
 */
@PlatformIT
@RunAsClient
class EenVerbindingPerVerzoekIT {

    private static final String POOL = PlatformOmgeving.beheer() + "/resources/jdbc-connection-pool/schakel-pool";

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void elkSoortVerzoekRedtHetMetEenVerbindingUitDePool() {
        String vt = procesregisseur();
        Overdracht gedeeld = verzondenAanFeijenoord(vt);
        Overdracht concept = stelOp(vt);
        String wtGebruiker = uniek("wt.feijenoord");
        String wt = token(wtGebruiker, "WT-RDAM-FEIJ", "wijkteammedewerker");

        Map<String, String> was = poolinstellingen();
        try {
            // the steady size first: Payara refuses a maximum below it
            zet("steadyPoolSize", "1");
            zet("poolResizeQuantity", "1");
            zet("maxWaitTimeInMillis", "3000");
            zet("maxPoolSize", "1");
            assertThat(poolinstellingen()).containsEntry("maxPoolSize", "1").containsEntry("maxWaitTimeInMillis", "3000");

            assertThat(get(gedeeld.pad(), wt).statusCode()).as("lezen").isEqualTo(200);
            assertThat(get(OVERDRACHTEN + "?paginaGrootte=20", wt).statusCode()).as("inbox").isEqualTo(200);
            assertThat(get("/api/v1/mijn-werk", wt).statusCode()).as("mijn werk").isEqualTo(200);
            HttpResponse<String> geschreven = json("POST", OVERDRACHTEN, vt, null, inhoud("Buren hoorden geschreeuw."));
            assertThat(geschreven.statusCode()).as("schrijven: " + geschreven.body()).isEqualTo(201);
            HttpResponse<String> verzonden = json("POST", concept.pad() + "/verzending", vt, concept.etag(),
                    verzending("WT-RDAM-FEIJ", WIJKTEAMCATEGORIEEN));
            assertThat(verzonden.statusCode()).as("verzenden: " + verzonden.body()).isEqualTo(200);
            assertThat(stuur(verzoek(gedeeld.pad() + "/export", wt).GET()).statusCode()).as("export").isEqualTo(200);
        } finally {
            // the maximum first now, so the steady size fits under it again
            zet("maxPoolSize", was.get("maxPoolSize"));
            zet("steadyPoolSize", was.get("steadyPoolSize"));
            zet("poolResizeQuantity", was.get("poolResizeQuantity"));
            zet("maxWaitTimeInMillis", was.get("maxWaitTimeInMillis"));
        }
        assertThat(poolinstellingen()).isEqualTo(was);

        // each row was written on the request's one connection and committed with its work
        assertThat(logboekregel(logboekregels(wtGebruiker), "overdracht.lezen", "TOEGESTAAN", gedeeld.id())).isNotNull();
        assertThat(logboekregel(logboekregels(wtGebruiker), "overdracht.exporteren", "TOEGESTAAN", gedeeld.id())).isNotNull();
    }

    private static Map<String, String> poolinstellingen() {
        HttpResponse<String> antwoord = beheer(HttpRequest.newBuilder(URI.create(POOL)).GET());
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        JsonObject pool = Json.createReader(new StringReader(antwoord.body())).readObject().getJsonObject("extraProperties")
                .getJsonObject("entity");
        Map<String, String> waarden = new LinkedHashMap<>();
        for (String naam : new String[] {"steadyPoolSize", "maxPoolSize", "poolResizeQuantity", "maxWaitTimeInMillis"}) {
            waarden.put(naam, pool.getString(naam));
        }
        return waarden;
    }

    private static void zet(String naam, String waarde) {
        HttpResponse<String> antwoord = beheer(HttpRequest.newBuilder(URI.create(POOL))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(naam + "=" + waarde)));
        assertThat(antwoord.statusCode()).as(naam + "=" + waarde + ": " + antwoord.body()).isEqualTo(200);
    }

    private static HttpResponse<String> beheer(HttpRequest.Builder verzoek) {
        return stuur(verzoek.header("X-Requested-By", "schakel-it").header("Accept", "application/json"));
    }
}
