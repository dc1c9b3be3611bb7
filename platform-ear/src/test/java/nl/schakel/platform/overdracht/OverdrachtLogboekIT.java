package nl.schakel.platform.overdracht;

import static nl.schakel.platform.overdracht.Verzoeken.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import nl.schakel.platform.Logboekcontrole;
import nl.schakel.platform.PlatformIT;
import nl.schakel.platform.PlatformOmgeving;
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

    /**
     * "No entry, no data" for a read: when its logboek row cannot be written, the answer is an error without any of the
     * overdracht's content, and no row of the read is left behind. The database refuses this one user's rows for the
     * test (a trigger the owner adds and removes).
     */
    @Test
    void eenLezingZonderLogboekregelGeeftGeenGegevens() throws SQLException {
        Overdracht overdracht = verzondenAanFeijenoord();
        String wtGebruiker = uniek("wt.feijenoord");
        String wt = token(wtGebruiker, "WT-RDAM-FEIJ", "wijkteammedewerker");
        try (Connection eigenaar = PlatformOmgeving.database(); Statement s = eigenaar.createStatement()) {
            s.execute("create function logboek.proef_weiger() returns trigger language plpgsql as "
                    + "$$ begin raise exception 'proef: logboek weigert'; end $$");
            s.execute("create trigger proef_weiger before insert on logboek.regel for each row when (new.gebruiker_id = '"
                    + Logboekcontrole.sub(wtGebruiker) + "') execute function logboek.proef_weiger()");
            try {
                HttpResponse<String> antwoord = get(overdracht.pad(), wt);
                assertThat(antwoord.statusCode()).isEqualTo(500);
                assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(
                        "application/problem+json"));
                // none of the content: not the text of the overdracht, not its betrokkenen
                assertThat(antwoord.body()).doesNotContain("Buren hoorden geschreeuw", "Jansen", "\"betrokkenen\"");
            } finally {
                s.execute("drop trigger proef_weiger on logboek.regel");
                s.execute("drop function logboek.proef_weiger()");
            }
        }
        assertThat(logboekregels(wtGebruiker)).noneMatch(r -> r.getString("handeling").equals("overdracht.lezen")
                && r.getString("uitkomst").equals("TOEGESTAAN"));
        // and with the row written again, the same read answers with the content the refused answer lacked
        HttpResponse<String> gelezen = get(overdracht.pad(), wt);
        ok(gelezen);
        assertThat(gelezen.body()).contains("Buren hoorden geschreeuw", "Jansen", "\"betrokkenen\"");
        logboekregel(logboekregels(wtGebruiker), "overdracht.lezen", "TOEGESTAAN", overdracht.id());
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
    void deKetenaarVanHetPlatformKetentDeRegelsEnLogboekControleVindtHetHeel() throws Exception {
        String wtGebruiker = uniek("wt.feijenoord");
        Overdracht overdracht = verzondenAanFeijenoord(token(uniek("vt.procesregisseur"), "VTRR", "procesregisseur"));
        String wt = token(wtGebruiker, "WT-RDAM-FEIJ", "wijkteammedewerker");
        for (int i = 0; i < 6; i++) {
            ok(get(overdracht.pad(), wt));
        }

        // the request did not chain its row; the platform's chainer does, within its 200 ms rhythm (polled in the
        // database, not through the API, at most 20 s)
        long tot = System.nanoTime() + 20_000_000_000L;
        while (ongeketend(sub(wtGebruiker)) > 0) {
            assertThat(System.nanoTime()).as("de ketenaar haalde de regels niet in").isLessThan(tot);
        }
        List<JsonObject> regels = logboekregels(wtGebruiker);
        assertThat(regels).allSatisfy(r -> assertThat(r.isNull("volgnummer")).isFalse()).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(r -> assertThat(r.getString("hash")).hasSize(64))
                .allSatisfy(r -> assertThat(r.getJsonNumber("invoegnummer").longValue()).isPositive());

        // the launcher's check, as './schakel logboek-controle --volledig' runs it: chain, seals, signed checkpoints
        // (every 5 rows in the tests) and var/logboek/ankers.log
        String uitslag = nl.schakel.platform.PlatformOmgeving.launcher().controleerLogboek(true);
        assertThat(uitslag).startsWith("Logboek heel: ").doesNotContain("Let op: zonder");
        assertThat(java.nio.file.Files.readAllLines(nl.schakel.platform.PlatformOmgeving.launcher().instellingen().home()
                .resolve("logboek/ankers.log"))).isNotEmpty();
    }

    private static long ongeketend(String gebruiker) throws java.sql.SQLException {
        try (java.sql.Connection c = nl.schakel.platform.PlatformOmgeving.database(); java.sql.PreparedStatement s =
                c.prepareStatement("select count(*) from logboek.regel_geketend where gebruiker_id = ? and volgnummer is null")) {
            s.setString(1, gebruiker);
            try (java.sql.ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void alleenDeFunctionarisGegevensbeschermingLeestHetLogboek() {
        isProbleem(get("/api/v1/logboek?gebruiker=" + sub("wt.feijenoord"), procesregisseur()), 403, "TGN-002");
        isProbleem(get("/api/v1/logboek?gebruiker=" + sub("wt.feijenoord"), feijenoord()), 403, "TGN-002");
    }
}
