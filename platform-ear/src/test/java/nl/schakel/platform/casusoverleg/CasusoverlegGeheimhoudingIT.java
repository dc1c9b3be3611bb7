package nl.schakel.platform.casusoverleg;

import static nl.schakel.platform.Logboekcontrole.*;
import static nl.schakel.platform.Probleemcontrole.isProbleem;
import static nl.schakel.platform.casusoverleg.Casusoverleggen.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The confidentiality statement, once per meeting per person: before it the item's content and another organisation's
 * inbreng answer 403 CSO-020 (with the meeting's id, logged as a refusal), for the organiser too; the lists, the
 * meeting's summary and the own inbreng do not need it. Only who sits at the meeting can confirm it.
 */
@PlatformIT
@RunAsClient
class CasusoverlegGeheimhoudingIT {

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void zonderVerklaringBlijftDeInhoudDichtMetCso020EnEenLogboekregel() {
        String zvhGebruiker = uniek("zvh");
        String zvh = zvh(zvhGebruiker);
        Bron overleg = plan(zvh);
        Agendapunt punt = zetOpAgenda(zvh, overleg, geaccepteerd(zvh));
        nodigUit(zvh, punt.pad(), "POL-RR");
        nodigUit(zvh, punt.pad(), "OM-RDAM");
        String agent = uniek("politie");
        String politie = politie(agent);
        String officier = uniek("om");
        String om = om(officier);

        JsonObject dicht = isProbleem(Api.get(punt.pad(), politie), 403, "CSO-020");
        assertThat(dicht.getString("title")).isEqualTo("Geheimhoudingsverklaring nog niet bevestigd");
        assertThat(dicht.getString("overlegId")).isEqualTo(overleg.id());
        JsonObject geweigerd = logboekregel(logboekregels(agent), "casusoverleg.agendapunt-lezen", "GEWEIGERD", punt.id());
        assertThat(geweigerd.getString("bronType")).isEqualTo("AGENDAPUNT");
        assertThat(geweigerd.getJsonArray("betrokkenen")).hasSize(3);

        // the list and the own inbreng (write and read) need no statement
        JsonObject inDeLijst = mijnAgendapunt(politie, punt);
        assertThat(inDeLijst.getBoolean("geheimhoudingBevestigd")).isFalse();
        Bron eigen = gedeeld(politie, punt.pad(), politieInbreng());
        assertThat(Api.ok(Api.get(eigen.pad(), politie)).getString("organisatie")).isEqualTo("POL-RR");

        // another organisation's shared inbreng does
        isProbleem(Api.get(eigen.pad(), om), 403, "CSO-020");
        logboekregel(logboekregels(officier), "casusoverleg.inbreng-lezen", "GEWEIGERD", eigen.id());

        // the organiser too; its meeting's summary says it has not confirmed
        isProbleem(Api.get(punt.pad(), zvh), 403, "CSO-020");
        logboekregel(logboekregels(zvhGebruiker), "casusoverleg.agendapunt-lezen", "GEWEIGERD", punt.id());
        assertThat(Api.ok(Api.get(overleg.pad(), zvh)).getBoolean("geheimhoudingBevestigd")).isFalse();
    }

    @Test
    void eenBevestigingGeldtVoorDiePersoonEnDatOverlegEnBlijftBijHaarEersteTijdstip() {
        String zvhGebruiker = uniek("zvh");
        String zvh = zvh(zvhGebruiker);
        Bron overleg = plan(zvh);
        Agendapunt punt = zetOpAgenda(zvh, overleg, geaccepteerd(zvh));
        nodigUit(zvh, punt.pad(), "POL-RR");
        String agent = uniek("politie");
        String politie = politie(agent);

        HttpResponse<String> eerste = Api.post(overleg.pad() + "/geheimhoudingsverklaring", politie, null);
        assertThat(eerste.statusCode()).as(eerste.body()).isEqualTo(201);
        JsonObject bevestiging = Api.lees(eerste);
        assertThat(bevestiging.getString("overlegId")).isEqualTo(overleg.id());
        HttpResponse<String> tweede = Api.post(overleg.pad() + "/geheimhoudingsverklaring", politie, null);
        assertThat(Api.ok(tweede).getString("bevestigdOp")).isEqualTo(bevestiging.getString("bevestigdOp"));
        JsonObject bevestigd = logboekregel(logboekregels(agent), "casusoverleg.geheimhouding-bevestigen", "TOEGESTAAN", punt.id());
        assertThat(bevestigd.getString("toegangReden")).isEqualTo("UITGENODIGD");

        JsonObject gelezen = Api.ok(Api.get(punt.pad(), politie));
        assertThat(gelezen.getBoolean("geheimhoudingBevestigd")).isTrue();
        assertThat(mijnAgendapunt(politie, punt).getBoolean("geheimhoudingBevestigd")).isTrue();
        logboekregel(logboekregels(agent), "casusoverleg.agendapunt-lezen", "TOEGESTAAN", punt.id());

        // per person: a colleague of the same organisation has not promised anything yet
        isProbleem(Api.get(punt.pad(), politie(uniek("politie"))), 403, "CSO-020");

        // per meeting: the same person at another meeting starts again
        Bron ander = plan(zvh);
        Agendapunt anderPunt = zetOpAgenda(zvh, ander, geaccepteerd(zvh));
        nodigUit(zvh, anderPunt.pad(), "POL-RR");
        isProbleem(Api.get(anderPunt.pad(), politie), 403, "CSO-020");

        // the organiser confirms on the meeting it owns
        HttpResponse<String> organisator = Api.post(overleg.pad() + "/geheimhoudingsverklaring", zvh, null);
        assertThat(organisator.statusCode()).as(organisator.body()).isEqualTo(201);
        JsonObject alsEigenaar = logboekregel(logboekregels(zvhGebruiker), "casusoverleg.geheimhouding-bevestigen", "TOEGESTAAN",
                overleg.id());
        assertThat(alsEigenaar.getString("bronType")).isEqualTo("OVERLEG");
        assertThat(Api.ok(Api.get(overleg.pad(), zvh)).getBoolean("geheimhoudingBevestigd")).isTrue();
        Api.ok(Api.get(punt.pad(), zvh));
    }

    @Test
    void wieNietAanHetOverlegZitKanNietsBevestigenEnKrijgtDezelfde404() {
        String zvh = zvh(uniek("zvh"));
        Bron overleg = plan(zvh);
        Agendapunt punt = zetOpAgenda(zvh, overleg, geaccepteerd(zvh));
        nodigUit(zvh, punt.pad(), "POL-RR");
        String reclasseerder = uniek("reclassering");

        JsonObject nietErbij = isProbleem(Api.post(overleg.pad() + "/geheimhoudingsverklaring", reclassering(reclasseerder), null),
                404, "CSO-404");
        JsonObject onbekend = isProbleem(Api.post(OVERLEGGEN + "/" + java.util.UUID.randomUUID() + "/geheimhoudingsverklaring",
                reclassering(reclasseerder), null), 404, "CSO-404");
        assertThat(nietErbij.getString("detail")).isEqualTo(onbekend.getString("detail"));
        logboekregel(logboekregels(reclasseerder), "casusoverleg.geheimhouding-bevestigen", "GEWEIGERD", overleg.id());
    }

    private static JsonObject mijnAgendapunt(String token, Agendapunt punt) {
        List<JsonObject> lijst = Api.ok(Api.get(AGENDAPUNTEN + "?paginaGrootte=100", token)).getJsonObject("_embedded")
                .getJsonArray("agendapunten").getValuesAs(JsonObject.class);
        return lijst.stream().filter(p -> p.getString("id").equals(punt.id())).findFirst()
                .orElseThrow(() -> new AssertionError("niet in de lijst: " + punt.id()));
    }
}
