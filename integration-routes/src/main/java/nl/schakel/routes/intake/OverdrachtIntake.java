package nl.schakel.routes.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import nl.schakel.routes.api.ApiProbleemException;
import nl.schakel.routes.api.OverdrachtenApi;
import org.apache.camel.Exchange;
import org.apache.camel.util.json.DeserializationException;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * De intake van één envelop {@code {"bronId": "...", "inhoud": {...}}}: keuren, idempotent op bronId
 * ({@code routes.overdracht_intake}), aanmaken via {@code POST /api/v1/overdrachten}, en dode brieven in
 * {@code routes.intake_dode_brief}. Eén aanlevering tegelijk (één instantie), zodat dezelfde bronId via
 * bestand en HTTP tegelijk toch één POST geeft.
 * <p>
 * {@link nl.schakel.routes.api.ApiNietBeschikbaarException} (5xx, verbinding) en
 * {@link nl.schakel.routes.api.ApiToegangGeweigerdException} (tokenuitgever weigert) gaan door naar de route:
 * er is dan niets vastgelegd; herhalen doet {@code Foutafhandeling}.
 * Gelogd worden alleen bronId, kanaal, bestandsnaam, uitkomst en codes; nooit de inhoud.
 */
public class OverdrachtIntake {

    public static final Pattern BRON_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");
    public static final String MAP = "intakeMap";
    private static final Logger LOG = LoggerFactory.getLogger("overdracht-intake");

    private final DataSource dataSource;
    private final OverdrachtenApi api;

    public OverdrachtIntake(DataSource dataSource, OverdrachtenApi api) {
        this.dataSource = dataSource;
        this.api = api;
    }

    /** Bestand uit de inbox: de uitkomst bepaalt de map ({@link #MAP}: verwerkt of fouten). */
    public void verwerkBestand(Exchange exchange) {
        String naam = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        IntakeUitslag uitslag = verwerk(exchange.getMessage().getBody(String.class), "BESTAND", naam);
        exchange.setProperty(MAP, uitslag.map());
        exchange.getMessage().setBody(uitslag);
    }

    /** Aanlevering over HTTP: de body wordt de {@link IntakeUitslag}. */
    public void verwerkHttp(Exchange exchange) {
        exchange.getMessage().setBody(verwerk(exchange.getMessage().getBody(String.class), "HTTP", "http"));
    }

    public synchronized IntakeUitslag verwerk(String envelop, String kanaal, String herkomst) {
        Object gelezen;
        try {
            gelezen = envelop == null || envelop.isBlank() ? null : Jsoner.deserialize(envelop);
        } catch (DeserializationException | RuntimeException e) {
            return ongeldig(null, kanaal, herkomst, "geen geldige JSON");
        }
        if (!(gelezen instanceof JsonObject json)) {
            return ongeldig(null, kanaal, herkomst, envelop == null || envelop.isBlank()
                    ? "lege aanlevering" : "de envelop is geen JSON-object");
        }
        Object bron = json.get("bronId");
        if (bron == null || bron.toString().isBlank()) {
            return ongeldig(null, kanaal, herkomst, "bronId ontbreekt");
        }
        if (!(bron instanceof String bronId) || !BRON_ID.matcher(bronId).matches()) {
            return ongeldig(null, kanaal, herkomst, "bronId is ongeldig: 1 tot 100 tekens, letters, cijfers en . _ : -,"
                    + " beginnend met een letter of cijfer");
        }
        Optional<IntakeUitslag> eerder = eerder(bronId);
        if (eerder.isPresent()) {
            LOG.info("bronId {} ({} {}) is een duplicaat: al eerder verwerkt, niets aangemaakt", bronId, kanaal, herkomst);
            return eerder.get();
        }
        Object inhoud = json.get("inhoud");
        if (inhoud == null) {
            return ongeldig(bronId, kanaal, herkomst, "inhoud ontbreekt");
        }
        if (!(inhoud instanceof JsonObject inhoudObject)) {
            return ongeldig(bronId, kanaal, herkomst, "inhoud is geen JSON-object");
        }
        try {
            OverdrachtenApi.Aangemaakt aangemaakt = api.maakAan(inhoudObject.toJson());
            legVast(bronId, "AANGEMAAKT", aangemaakt.id(), aangemaakt.locatie(), null, null, kanaal);
            LOG.info("bronId {} ({} {}): overdracht {} aangemaakt", bronId, kanaal, herkomst, aangemaakt.id());
            return IntakeUitslag.aangemaakt(bronId, aangemaakt.id(), aangemaakt.locatie(), false);
        } catch (ApiProbleemException p) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                legVast(c, bronId, "AFGEWEZEN", null, null, p.code(), p.detail(), kanaal);
                doodVerklaar(c, bronId, kanaal, herkomst, p.code(), p.detail(), p.status());
                c.commit();
            } catch (SQLException e) {
                throw new IllegalStateException("Vastleggen van de afwijzing mislukt", e);
            }
            LOG.warn("bronId {} ({} {}): afgewezen door de API ({} {}), dode brief", bronId, kanaal, herkomst,
                    p.status(), p.code());
            return IntakeUitslag.afgewezen(bronId, p.code(), p.detail(), false);
        }
    }

    private IntakeUitslag ongeldig(String bronId, String kanaal, String herkomst, String reden) {
        try (Connection c = dataSource.getConnection()) {
            doodVerklaar(c, bronId, kanaal, herkomst, "VALIDATIE", reden, null);
        } catch (SQLException e) {
            throw new IllegalStateException("Vastleggen van de dode brief mislukt", e);
        }
        LOG.warn("Aanlevering {} {} afgekeurd ({}): dode brief", kanaal, herkomst, reden);
        return IntakeUitslag.afgewezen(bronId, "VALIDATIE", reden, false);
    }

    private Optional<IntakeUitslag> eerder(String bronId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select uitkomst, overdracht_id, locatie, foutcode, reden"
                        + " from overdracht_intake where bron_id = ?")) {
            s.setString(1, bronId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of("AANGEMAAKT".equals(rs.getString(1))
                        ? IntakeUitslag.aangemaakt(bronId, rs.getString(2), rs.getString(3), true)
                        : IntakeUitslag.afgewezen(bronId, rs.getString(4), rs.getString(5), true));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Lezen van routes.overdracht_intake mislukt", e);
        }
    }

    private void legVast(String bronId, String uitkomst, String id, String locatie, String code, String reden,
            String kanaal) {
        try (Connection c = dataSource.getConnection()) {
            legVast(c, bronId, uitkomst, id, locatie, code, reden, kanaal);
        } catch (SQLException e) {
            throw new IllegalStateException("Vastleggen in routes.overdracht_intake mislukt (bronId " + bronId
                    + " is wel aangemaakt)", e);
        }
    }

    private static void legVast(Connection c, String bronId, String uitkomst, String id, String locatie, String code,
            String reden, String kanaal) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into overdracht_intake"
                + " (bron_id, uitkomst, overdracht_id, locatie, foutcode, reden, kanaal) values (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, bronId);
            s.setString(2, uitkomst);
            s.setString(3, id);
            s.setString(4, locatie);
            s.setString(5, code);
            s.setString(6, kort(reden));
            s.setString(7, kanaal);
            s.executeUpdate();
        }
    }

    private static void doodVerklaar(Connection c, String bronId, String kanaal, String herkomst, String code,
            String reden, Integer status) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into intake_dode_brief"
                + " (bron_id, kanaal, herkomst, foutcode, reden, http_status) values (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, bronId);
            s.setString(2, kanaal);
            s.setString(3, herkomst);
            s.setString(4, code);
            s.setString(5, kort(reden));
            if (status == null) {
                s.setNull(6, Types.INTEGER);
            } else {
                s.setInt(6, status);
            }
            s.executeUpdate();
        }
    }

    private static String kort(String tekst) {
        return tekst == null || tekst.length() <= 2000 ? tekst : tekst.substring(0, 2000);
    }
}
