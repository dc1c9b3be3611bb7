package nl.schakel.platform.overdracht;

import static nl.schakel.platform.overdracht.Verzoeken.feijenoord;
import static nl.schakel.platform.overdracht.Verzoeken.get;
import static nl.schakel.platform.overdracht.Verzoeken.ok;
import static nl.schakel.platform.overdracht.Verzoeken.procesregisseur;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.schakel.gedeeld.kalender.Werkdagkalender;
import nl.schakel.platform.PlatformIT;
import nl.schakel.platform.PlatformOmgeving;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** The clocks both sides see: the safety-assessment deadline and the acceptance term in working days. */
@PlatformIT
@RunAsClient
class TermijnIT {

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void beideKantenZienDeAcceptatietermijnEnVeiligThuisDeBeoordelingstermijn() {
        Verzoeken.Overdracht verzonden = Verzoeken.verzondenAanFeijenoord();
        LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

        JsonObject bijVeiligThuis = ok(get(verzonden.pad(), procesregisseur()));
        JsonObject bijWijkteam = ok(get(verzonden.pad(), feijenoord()));

        LocalDate uiterlijk = Werkdagkalender.NEDERLAND.plusWerkdagen(vandaag, 5);
        assertThat(bijVeiligThuis.getString("acceptatieUiterlijk")).isEqualTo(uiterlijk.toString());
        assertThat(bijWijkteam.getString("acceptatieUiterlijk")).isEqualTo(uiterlijk.toString());
        assertThat(bijWijkteam.getBoolean("acceptatieVerlopen")).isFalse();
        // melding on Tuesday 10 November 2026: five working days later is Tuesday 17 November
        assertThat(bijVeiligThuis.getString("veiligheidsbeoordelingUiterlijk")).isEqualTo("2026-11-17");
    }

    @Test
    void naDeTermijnIsDeOverdrachtVoorBeideKantenVerlopenOokInDeLijsten() throws Exception {
        Verzoeken.Overdracht verzonden = Verzoeken.verzondenAanFeijenoord();
        String id = verzonden.pad().substring(verzonden.pad().lastIndexOf('/') + 1);
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement(
                "update overdracht.overdracht set verzonden_op = verzonden_op - interval '21 days' where id = ?")) {
            s.setObject(1, UUID.fromString(id)); // as if it was sent three weeks ago
            assertThat(s.executeUpdate()).isEqualTo(1);
        }

        assertThat(ok(get(verzonden.pad(), procesregisseur())).getBoolean("acceptatieVerlopen")).isTrue();
        assertThat(ok(get(verzonden.pad(), feijenoord())).getBoolean("acceptatieVerlopen")).isTrue();
        JsonObject inbox = ok(get(Verzoeken.OVERDRACHTEN + "?status=VERZONDEN&paginaGrootte=100", feijenoord()));
        assertThat(inbox.getJsonObject("_embedded").getJsonArray("overdrachten").stream().map(JsonObject.class::cast)
                .filter(o -> o.getString("id").equals(id)).findFirst())
                .hasValueSatisfying(o -> assertThat(o.getBoolean("acceptatieVerlopen")).isTrue());
    }
}
