package nl.schakel.platform.invoer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformOmgeving;
import nl.schakel.platform.Probleemcontrole;
import nl.schakel.platform.TestTokens;

/** What the input ITs share: tokens, raw requests, the problem check and a fingerprint of the case tables. */
final class Invoer {

    static final String OVERDRACHTEN = "/api/v1/overdrachten";

    private Invoer() {}

    static String procesregisseur() {
        return TestTokens.voor("vt.procesregisseur", "VTRR", "procesregisseur");
    }

    static String fg() {
        return TestTokens.voor("fg", "VTRR", "functionaris-gegevensbescherming");
    }

    static String politie() {
        return TestTokens.voor("politie", "POL-RR", "politiemedewerker");
    }

    /**
     * HTTP/1.1, as browsers and partner systems speak plain HTTP. Java's client would otherwise try an HTTP/2
     * cleartext upgrade (h2c), where Grizzly's own HTTP/2 layer answers some faults before our code (see the
     * Invoerbeleid, "HTTP/2").
     */
    static HttpRequest.Builder verzoek(String pad, String token) {
        HttpRequest.Builder verzoek = token == null ? Api.verzoek(pad) : Api.verzoek(pad, token);
        return verzoek.version(java.net.http.HttpClient.Version.HTTP_1_1);
    }

    static HttpResponse<String> get(String pad, String token) {
        return Api.stuur(verzoek(pad, token).GET());
    }

    static HttpResponse<String> json(String methode, String pad, String token, String body) {
        return Api.stuur(verzoek(pad, token).header("Content-Type", "application/json")
                .method(methode, HttpRequest.BodyPublishers.ofString(body)));
    }

    static HttpResponse<String> bytes(String methode, String pad, String token, byte[] body) {
        return Api.stuur(verzoek(pad, token).header("Content-Type", "application/json")
                .method(methode, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A problem answer with the version header; returns the problem. */
    static JsonObject probleem(HttpResponse<String> antwoord, int status, String code) {
        JsonObject probleem = Probleemcontrole.isProbleem(antwoord, status, code);
        assertThat(antwoord.headers().firstValue("API-Version")).as("API-Version bij %s", antwoord.statusCode()).isPresent();
        return probleem;
    }

    /** The names in invalidParams. */
    static List<String> genoemd(JsonObject probleem) {
        List<String> namen = new ArrayList<>();
        if (probleem.containsKey("invalidParams")) {
            probleem.getJsonArray("invalidParams").forEach(p -> namen.add(p.asJsonObject().getString("name")));
        }
        return namen;
    }

    /**
     * Row count and newest row version (xmin) of every table outside the logboek: equal before and after a
     * request means the request wrote nothing (an insert, update or delete all change one of the two).
     */
    static String vingerafdruk() {
        try (Connection db = PlatformOmgeving.database()) {
            return vingerafdruk(db);
        } catch (SQLException e) {
            throw new IllegalStateException("vingerafdruk niet te nemen", e);
        }
    }

    static String vingerafdruk(Connection db) {
        try (Statement s = db.createStatement()) {
            List<String> tabellen = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_schema || '.' || table_name from information_schema.tables"
                    + " where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema', 'logboek')"
                    + " and table_name <> 'flyway_schema_history' order by 1")) {
                while (rs.next()) {
                    tabellen.add(rs.getString(1));
                }
            }
            StringBuilder sql = new StringBuilder("select concat_ws(',' ");
            for (String tabel : tabellen) {
                sql.append(", (select count(*) || '/' || coalesce(max(xmin::text::bigint), 0) from ").append(tabel).append(")");
            }
            sql.append(")");
            try (ResultSet rs = s.executeQuery(sql.toString())) {
                rs.next();
                return String.join(",", tabellen) + "=" + rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("vingerafdruk niet te nemen", e);
        }
    }
}
