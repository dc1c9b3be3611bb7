package nl.schakel.platform.overdracht;

import static nl.schakel.platform.overdracht.Verzoeken.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import nl.schakel.platform.PlatformIT;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Every access to an overdracht leaves a logboek row, allowed or refused, with the action and the resource;
 * the privacy officer can list them per user, nobody else can read the logboek.
 */
@PlatformIT
@RunAsClient
class OverdrachtLogboekIT {

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void hetLogboekToontToegestaneEnGeweigerdeToegangPerGebruiker() {
        String vtGebruiker = uniek("vt.procesregisseur");
        Overdracht overdracht = verzondenAanFeijenoord(token(vtGebruiker, "VTRR", "procesregisseur"));
        String wtGebruiker = uniek("wt.feijenoord");
        String wt = token(wtGebruiker, "WT-RDAM-FEIJ", "wijkteammedewerker");
        String buitenstaander = uniek("wt.charlois");

        ok(get(overdracht.pad(), wt));
        ok(get(OVERDRACHTEN + "?paginaGrootte=100", wt));
        isProbleem(json("PUT", overdracht.pad(), wt, overdracht.etag(), inhoud("Anders.")), 403, "TGN-002");
        isProbleem(get(overdracht.pad(), token(buitenstaander, "WT-RDAM-CHAR", "wijkteammedewerker")), 404, "OVD-404");

        List<JsonObject> vanOntvanger = logboekregels(wtGebruiker);
        JsonObject gelezen = logboekregel(vanOntvanger, "overdracht.lezen", "TOEGESTAAN", overdracht.id());
        assertThat(gelezen.getString("bronType")).isEqualTo("OVERDRACHT");
        assertThat(gelezen.getString("organisatie")).isEqualTo("WT-RDAM-FEIJ");
        assertThat(gelezen.getString("toegangReden")).isEqualTo("ONTVANGER");
        assertThat(gelezen.getString("doel")).isEqualTo("OVERDRACHT");
        assertThat(gelezen.getJsonArray("betrokkenen")).hasSize(2);
        assertThat(gelezen.getBoolean("noodtoegang")).isFalse();
        logboekregel(vanOntvanger, "overdracht.zoeken", "TOEGESTAAN", overdracht.id());
        logboekregel(vanOntvanger, "overdracht.wijzigen", "GEWEIGERD", overdracht.id());

        logboekregel(logboekregels(buitenstaander), "overdracht.lezen", "GEWEIGERD", overdracht.id());

        List<JsonObject> vanAfzender = logboekregels(vtGebruiker);
        assertThat(logboekregel(vanAfzender, "overdracht.opstellen", "TOEGESTAAN", overdracht.id()).getString("toegangReden"))
                .isEqualTo("EIGENAAR");
        logboekregel(vanAfzender, "overdracht.verzenden", "TOEGESTAAN", overdracht.id());
    }

    @Test
    void noodtoegangStaatGemarkeerdInHetLogboekEnEenWeigeringOok() {
        Overdracht overdracht = verzondenAanFeijenoord();
        String citGebruiker = uniek("cit.medewerker");
        String cit = token(citGebruiker, "CIT-JBRR", "cit-medewerker");
        String politieGebruiker = uniek("pol.rr");

        assertThat(json("POST", overdracht.pad() + "/noodtoegang", cit, null, reden("Crisis in het gezin.")).statusCode())
                .isEqualTo(201);
        ok(get(overdracht.pad(), cit));
        isProbleem(json("POST", overdracht.pad() + "/noodtoegang", token(politieGebruiker, "POL-RR", "politiemedewerker"),
                null, reden("Nieuwsgierig.")), 403, "TGN-002");

        List<JsonObject> vanCit = logboekregels(citGebruiker);
        JsonObject geopend = logboekregel(vanCit, "overdracht.noodtoegang", "TOEGESTAAN", overdracht.id());
        assertThat(geopend.getBoolean("noodtoegang")).isTrue();
        assertThat(geopend.getString("toegangReden")).isEqualTo("NOODTOEGANG");
        assertThat(geopend.getString("doel")).isEqualTo("CRISIS");
        assertThat(logboekregel(vanCit, "overdracht.lezen", "TOEGESTAAN", overdracht.id()).getBoolean("noodtoegang")).isTrue();

        logboekregel(logboekregels(politieGebruiker), "overdracht.noodtoegang", "GEWEIGERD", overdracht.id());
    }

    @Test
    void alleenDeFunctionarisGegevensbeschermingLeestHetLogboek() {
        isProbleem(get("/api/v1/logboek?gebruiker=" + sub("wt.feijenoord"), procesregisseur()), 403, "TGN-002");
        isProbleem(get("/api/v1/logboek?gebruiker=" + sub("wt.feijenoord"), feijenoord()), 403, "TGN-002");
    }
}
