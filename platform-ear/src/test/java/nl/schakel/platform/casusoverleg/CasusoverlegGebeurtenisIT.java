package nl.schakel.platform.casusoverleg;

import static nl.schakel.platform.Logboekcontrole.uniek;
import static nl.schakel.platform.casusoverleg.Casusoverleggen.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import nl.schakel.platform.PlatformOmgeving;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The casusoverleg on the shared event feed: invited, agenda changed, action given, case closed — each with its subject
 * (the resource's address), its receivers (the organisations it concerns) and owners, and nothing more: ids and codes.
 */
@PlatformIT
@RunAsClient
class CasusoverlegGebeurtenisIT {

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    record Rij(String type, String bron, String onderwerpType, String pad, List<String> ontvangers, List<String> eigenaren) {}

    @Test
    void elkeStapSchrijftEenDataArmeGebeurtenisVoorDeOrganisatiesDieHetAangaat() throws SQLException {
        String zvh = zvh(uniek("zvh"));
        Bron overleg = plan(zvh);
        Bron aanmelding = geaccepteerd(zvh);
        Agendapunt punt = zetOpAgenda(zvh, overleg, aanmelding);
        assertThat(rijen(overleg.id())).as("een agenda zonder genodigden gaat geen partner aan").isEmpty();

        nodigUit(zvh, punt.pad(), "POL-RR");
        assertThat(rijen(punt.id())).singleElement().isEqualTo(new Rij("nl.schakel.casusoverleg.uitgenodigd",
                "urn:nl:schakel:casusoverleg", "AGENDAPUNT", "/agendapunten/" + punt.id(), List.of("POL-RR"), List.of("ZVHRR", "VTRR")));

        Agendapunt tweede = zetOpAgenda(zvh, punt.overleg(), geaccepteerd(zvh));
        assertThat(tweede.id()).isNotEqualTo(punt.id());
        assertThat(rijen(overleg.id())).singleElement().isEqualTo(new Rij("nl.schakel.casusoverleg.agenda-gewijzigd",
                "urn:nl:schakel:casusoverleg", "OVERLEG", "/casusoverleggen/" + overleg.id(), List.of("POL-RR"), List.of("ZVHRR", "VTRR")));

        HttpResponse<String> actie = Api.json("POST", punt.pad() + "/acties", zvh, null, CasusoverlegActieIT.actie("POL-RR",
                LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(5)));
        String actieId = Api.lees(actie).getString("id");
        assertThat(rijen(actieId)).singleElement().isEqualTo(new Rij("nl.schakel.casusoverleg.actie-toegewezen",
                "urn:nl:schakel:casusoverleg", "ACTIE", "/acties/" + actieId, List.of("POL-RR"), List.of("ZVHRR", "VTRR")));

        Bron actueel = new Bron(aanmelding.pad(), Api.etag(Api.get(aanmelding.pad(), zvh)));
        Api.ok(Api.json("POST", actueel.pad() + "/afschaling", zvh, actueel.etag(), "{\"reden\":\"Plan loopt (fictief).\"}"));
        assertThat(rijen(aanmelding.id())).singleElement().isEqualTo(new Rij("nl.schakel.casusoverleg.afgeschaald",
                "urn:nl:schakel:casusoverleg", "AANMELDING", "/aanmeldingen/" + aanmelding.id(), List.of("POL-RR", "WT-RDAM-FEIJ"),
                List.of("ZVHRR")));
    }

    /** The events about one resource, in feed order; every column a partner's system could read. */
    private static List<Rij> rijen(String onderwerpId) throws SQLException {
        List<Rij> rijen = new ArrayList<>();
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement("select type, bron, onderwerp_type,"
                + " onderwerp_pad, ontvangers, eigenaren from gebeurtenis.gebeurtenis where onderwerp_id = ?::uuid order by volgnummer")) {
            s.setString(1, onderwerpId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rijen.add(new Rij(r.getString(1), r.getString(2), r.getString(3), r.getString(4), lijst(r.getArray(5)),
                            lijst(r.getArray(6))));
                }
            }
        }
        return rijen;
    }

    private static List<String> lijst(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
