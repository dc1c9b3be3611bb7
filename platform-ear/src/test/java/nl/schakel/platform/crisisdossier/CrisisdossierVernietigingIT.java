package nl.schakel.platform.crisisdossier;

import static nl.schakel.platform.Logboekcontrole.logboekregel;
import static nl.schakel.platform.Logboekcontrole.logboekregels;
import static nl.schakel.platform.Logboekcontrole.uniek;
import static nl.schakel.platform.Probleemcontrole.isProbleem;
import static nl.schakel.platform.crisisdossier.Crisisdossiers.cit;
import static nl.schakel.platform.crisisdossier.Crisisdossiers.filomena;
import static nl.schakel.platform.crisisdossier.Crisisdossiers.id;
import static nl.schakel.platform.crisisdossier.Crisisdossiers.meld;
import static nl.schakel.platform.crisisdossier.Crisisdossiers.schrijf;
import static nl.schakel.platform.crisisdossier.Crisisdossiers.taak;
import static nl.schakel.platform.crisisdossier.Crisisdossiers.vtCrisis;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import nl.schakel.platform.PlatformOmgeving;
import nl.schakel.platform.TestTokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Destruction of a crisis file on the real platform (issue 15): a file of Veilig Thuis with entries, a task, a
 * screeningsverzoek, veiligheidsbijdragen and DMFI direction of several partners, closed 21 years ago (moved in the
 * database, as the other ITs move time), is proposed as one item, approved by the fg and carried out: its rows are gone
 * from every table of the flow and its grants and betrokkenen from access; its tombstone and its logboek rows remain. A
 * second closed file under a legal hold stays whole, and its authors still read their own entries; an open file is never
 * proposed. The fg's lists, approvals and refusals for other roles are proven by {@code VernietigingIT}.
 */
@PlatformIT
@RunAsClient
class CrisisdossierVernietigingIT {

    private static final String LIJSTEN = "/api/v1/vernietigingslijsten";
    private static final String PLICHTEN = "/api/v1/bewaarplichten";
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void eenCrisisdossierVoorbijZijnTermijnVerdwijntMetAllesErinEnEenBewaarplichtHoudtEenAnderHeel() throws SQLException {
        String vtMedewerker = uniek("vt.crisis");
        String vt = vtCrisis(vtMedewerker);
        String citToken = cit(uniek("cit"));
        String arts = filomena(uniek("filomena"));
        String fgGebruiker = uniek("fg.crisis");
        String fg = TestTokens.voor(fgGebruiker, "VTRR", "functionaris-gegevensbescherming");
        LocalDate vandaag = LocalDate.now(NEDERLAND);

        String weg = meld(vt, "CIT-JBRR", "RVDK-RR", "FIL");
        JsonObject vanVt = schrijf(vt, weg, "BESLUIT", "VEILIGHEID", "Veiligheidsplan: moeder en kinderen bij oma (fictief).");
        JsonObject vanFilomena = schrijf(arts, weg, "BEOORDELING", "GEZONDHEID", "Geen acuut medisch letsel (fictief).");
        JsonObject vanCit = schrijf(citToken, weg, "OBSERVATIE", "VEILIGHEID", "Kinderen angstig, slapen bij oma (fictief).");
        HttpResponse<String> taak = Api.json("POST", weg + "/taken", citToken, null, taak("CIT-JBRR", "Huisbezoek morgen", null));
        assertThat(taak.statusCode()).as(taak.body()).isEqualTo(201);
        HttpResponse<String> screening = Api.json("POST", weg + "/screeningsverzoeken", vt, null,
                "{\"soort\":\"MEDISCH\",\"vraag\":\"Letsel bij het jongste kind? (fictief)\",\"spoed\":false}");
        assertThat(screening.statusCode()).as(screening.body()).isEqualTo(201);
        Api.ok(Api.json("PUT", weg + "/veiligheid/CIT-JBRR", citToken, null, "{\"oordeel\":\"ONVEILIG\",\"risicofactoren\":"
                + "[\"Vader dreigt terug te komen (fictief).\"],\"beschermendeFactoren\":[\"Oma vangt op (fictief).\"],"
                + "\"afspraken\":[\"Kinderen slapen bij oma (fictief).\"]}"));
        Api.ok(Api.json("PUT", weg + "/dmfi", vt, null, CrisisdossierDmfiIT.REGISSEUR));
        HttpResponse<String> moment = Api.json("POST", weg + "/dmfi/evaluatiemomenten", citToken, null,
                "{\"geplandOp\":\"" + java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(1)).plusDays(7).withNano(0)
                + "\",\"onderwerp\":\"Eerste evaluatie met alle partners\"}");
        assertThat(moment.statusCode()).as(moment.body()).isEqualTo(201);
        String blijft = meld(vt, "CIT-JBRR", "FIL");
        JsonObject blijvend = schrijf(arts, blijft, "BEOORDELING", "GEZONDHEID", "Blauwe plek op de arm (fictief).");
        String open = meld(vt, "CIT-JBRR");

        // the clock starts at afsluiting: 20 years from the closing day; an open file has none
        JsonObject nogOpen = Api.ok(Api.get(open, vt));
        assertThat(nogOpen.containsKey("vernietigingsdatum") && !nogOpen.isNull("vernietigingsdatum")).as("nog geen klok").isFalse();
        assertThat(sluit(weg, vt).getString("vernietigingsdatum")).isEqualTo(vandaag.plusYears(20).toString());
        sluit(blijft, vt);
        verschuifAfsluiting(weg, blijft);
        Map<String, String> tabellen = tabellen(weg, List.of(vanVt.getString("id"), vanFilomena.getString("id"), vanCit.getString("id")),
                bijdrage(weg));
        assertThat(aantallen(tabellen)).as("alles staat er nog").allSatisfy((tabel, aantal) -> assertThat(aantal).as(tabel).isPositive());
        long logboekVoor = tel("logboek.regel", "bron_id", id(weg));
        assertThat(logboekVoor).isPositive();

        // the fg holds one; a crisis partner may not
        isProbleem(Api.json("POST", PLICHTEN, vt, plicht(blijft)), 403, "TGN-002");
        // refused on the role, before any resource is looked at: the row names the action, not the file
        assertThat(logboekregels(vtMedewerker)).filteredOn(r -> r.getString("handeling").equals("vernietiging.bewaarplicht"))
                .singleElement().satisfies(r -> {
                    assertThat(r.getString("uitkomst")).isEqualTo("GEWEIGERD");
                    assertThat(r.getString("rol")).isEqualTo("crisismedewerker");
                    assertThat(r.containsKey("bronId")).isFalse();
                });
        HttpResponse<String> vastgehouden = Api.json("POST", PLICHTEN, fg, plicht(blijft));
        assertThat(vastgehouden.statusCode()).as(vastgehouden.body()).isEqualTo(201);

        // the proposal: the past file as one item (its entries go with it), not the held one, not the open one
        HttpResponse<String> opgesteld = Api.post(LIJSTEN, fg, null);
        assertThat(opgesteld.statusCode()).as(opgesteld.body()).isEqualTo(201);
        String lijstPad = URI.create(opgesteld.headers().firstValue("Location").orElseThrow()).getPath();
        List<JsonObject> items = Api.lees(opgesteld).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).extracting(i -> i.getString("bronId")).contains(id(weg)).doesNotContain(id(blijft), id(open),
                vanVt.getString("id"), vanFilomena.getString("id"), vanCit.getString("id"));
        JsonObject item = items.stream().filter(i -> i.getString("bronId").equals(id(weg))).findFirst().orElseThrow();
        assertThat(item.getString("brontype")).isEqualTo("CRISISDOSSIER");
        assertThat(item.getString("eigenaar")).isEqualTo("VTRR");
        assertThat(item.getString("regel")).isEqualTo("20 jaar na afsluiting");

        // approved and carried out
        assertThat(Api.ok(Api.post(lijstPad + "/goedkeuring", fg, Api.etag(Api.get(lijstPad, fg)))).getString("status"))
                .isEqualTo("GOEDGEKEURD");
        JsonObject uitgevoerd = Api.ok(Api.post(lijstPad + "/uitvoering", fg, null));
        assertThat(uitgevoerd.getString("status")).isEqualTo("UITGEVOERD");
        assertThat(uitgevoerd.getJsonArray("grafstenen").getValuesAs(JsonObject.class)).extracting(g -> g.getString("bronId"))
                .contains(id(weg)).doesNotContain(id(blijft));

        // gone from every table, with its grants and betrokkenen; the tombstone and the logboek stay
        assertThat(aantallen(tabellen)).allSatisfy((tabel, aantal) -> assertThat(aantal).as(tabel).isZero());
        assertThat(tel("toegang.grafsteen", "bron_id", id(weg))).isEqualTo(1);
        assertThat(tel("logboek.regel", "bron_id", id(weg))).as("de logboekregels blijven, met die van de vernietiging erbij")
                .isGreaterThan(logboekVoor);
        isProbleem(Api.get(weg + "/aantekeningen/" + vanFilomena.getString("id"), arts), 404, "CRS-404");
        logboekregel(logboekregels(fgGebruiker), "vernietiging.uitvoeren", "TOEGESTAAN", id(weg));

        // the held file is whole, and its author still reads her own entry
        assertThat(Api.ok(Api.get(blijft + "/aantekeningen/" + blijvend.getString("id"), arts)).getString("tekst"))
                .contains("Blauwe plek");
        assertThat(tel("crisisdossier.crisisdossier", "id", id(blijft))).isEqualTo(1);
        assertThat(tel("crisisdossier.crisisdossier_betrokkene", "crisisdossier_id", id(blijft))).isPositive();
        assertThat(tel("toegang.grafsteen", "bron_id", id(blijft))).isZero();
        assertThat(Api.ok(Api.get(open, vt)).getString("status")).isEqualTo("OPEN");
    }

    // ---- helpers

    private static JsonObject sluit(String dossier, String token) {
        HttpResponse<String> gelezen = Api.get(dossier, token);
        JsonObject gesloten = Api.ok(Api.json("POST", dossier + "/sluiting", token, Api.etag(gelezen),
                "{\"uitkomst\":\"REGULIER\",\"reden\":\"Veiligheid hersteld; verder in het reguliere hulpverleningstraject (fictief).\"}"));
        assertThat(gesloten.getString("status")).isEqualTo("GESLOTEN");
        return gesloten;
    }

    private static String plicht(String dossier) {
        return "{\"brontype\":\"CRISISDOSSIER\",\"bronId\":\"" + id(dossier) + "\",\"reden\":\"Lopende procedure bij de rechtbank (fictief).\"}";
    }

    /** As if the files were closed 21 years ago: the way the ITs move time, without waiting. */
    private static void verschuifAfsluiting(String... dossiers) throws SQLException {
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement(
                "update crisisdossier.crisisdossier set gesloten_op = gesloten_op - interval '21 years' where id = ?")) {
            for (String dossier : dossiers) {
                s.setObject(1, UUID.fromString(id(dossier)));
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
        }
    }

    /** Every table that holds the file's content or access, with the condition that selects its rows. */
    private static Map<String, String> tabellen(String dossier, List<String> aantekeningen, String bijdrage) {
        String d = "'" + id(dossier) + "'";
        String a = aantekeningen.stream().map(id -> "'" + id + "'").reduce((x, y) -> x + ", " + y).orElseThrow();
        Map<String, String> t = new LinkedHashMap<>();
        t.put("crisisdossier.crisisdossier", "id = " + d);
        t.put("crisisdossier.crisisdossier_betrokkene", "crisisdossier_id = " + d);
        t.put("crisisdossier.crisisdossier_partner", "crisisdossier_id = " + d);
        t.put("crisisdossier.aantekening", "crisisdossier_id = " + d);
        t.put("crisisdossier.aantekening_versie", "aantekening_id in (" + a + ")");
        t.put("crisisdossier.taak", "crisisdossier_id = " + d);
        t.put("crisisdossier.screeningsverzoek", "crisisdossier_id = " + d);
        t.put("crisisdossier.veiligheidsbijdrage", "crisisdossier_id = " + d);
        t.put("crisisdossier.veiligheidsbijdrage_versie", "bijdrage_id = '" + bijdrage + "'");
        t.put("crisisdossier.dmfi_regie", "crisisdossier_id = " + d);
        t.put("crisisdossier.dmfi_evaluatiemoment", "crisisdossier_id = " + d);
        t.put("crisisdossier.livegebeurtenis", "crisisdossier_id = " + d);
        t.put("toegang.toegang (dossier)", "bron_id = " + d);
        t.put("toegang.toegang (aantekeningen)", "bron_id in (" + a + ")");
        t.put("toegang.bron_betrokkene", "bron_id = " + d);
        return t;
    }

    /** The id of the CIT's part of the joint veiligheidsbeoordeling, read before it is gone. */
    private static String bijdrage(String dossier) throws SQLException {
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement(
                "select id from crisisdossier.veiligheidsbijdrage where crisisdossier_id = ?")) {
            s.setObject(1, UUID.fromString(id(dossier)));
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return r.getString(1);
            }
        }
    }

    private static Map<String, Long> aantallen(Map<String, String> tabellen) throws SQLException {
        Map<String, Long> aantallen = new LinkedHashMap<>();
        try (Connection c = PlatformOmgeving.database(); var s = c.createStatement()) {
            for (Map.Entry<String, String> tabel : tabellen.entrySet()) {
                try (ResultSet r = s.executeQuery("select count(*) from " + tabel.getKey().replaceAll(" \\(.*\\)", "") + " where " + tabel.getValue())) {
                    r.next();
                    aantallen.put(tabel.getKey(), r.getLong(1));
                }
            }
        }
        return aantallen;
    }

    private static long tel(String tabel, String kolom, String id) {
        try (Connection c = PlatformOmgeving.database();
                PreparedStatement s = c.prepareStatement("select count(*) from " + tabel + " where " + kolom + " = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
