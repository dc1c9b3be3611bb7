package nl.schakel.toegang.toepassing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import nl.schakel.gedeeld.gebeurtenis.GebeurtenisSchrijver;
import nl.schakel.toegang.domein.verzoek.Deelverzoek;
import nl.schakel.toegang.domein.verzoek.Termijn;
import nl.schakel.toegang.domein.verzoek.Verzoek;
import nl.schakel.toegang.domein.verzoek.Verzoeksoort;
import nl.schakel.toegang.infrastructuur.TestDatabase;
import nl.schakel.toegang.infrastructuur.Transactie;
import nl.schakel.toegang.infrastructuur.VerzoekRepository;
import org.junit.jupiter.api.Test;

/**
 * The escalation of requests past their due date on real PostgreSQL with the real migrations (toegang V7, the shared
 * outbox), as the runtime role: an overdue request with one part open and one answered gives exactly one event, to the
 * open part's organisation and the contact point and not to the answered one, and a second run gives none; a request
 * whose parts are all answered, a request still in time and a finished one give none. The event carries ids and codes
 * only.
 */
class VerzoektermijnmeldingTest {

    private static final Instant NU = Instant.parse("2026-12-03T06:30:00Z");
    private static final LocalDate VANDAAG = LocalDate.ofInstant(NU, Termijn.NEDERLAND);

    private final DataSource app = TestDatabase.app();

    @Test
    void eenTeLaatDeelverzoekGeeftPreciesEenMeldingEnEenBeantwoordGeen() throws SQLException {
        UUID teLaat = bewaar("VTRR", VANDAAG.minusMonths(2), List.of("WT-RDAM-FEIJ", "POL-RR"));
        beantwoordDeelVan(teLaat, "POL-RR");
        UUID allesBeantwoord = bewaar("ZVHRR", VANDAAG.minusMonths(2), List.of("WT-RDAM-CHAR"));
        beantwoordDeelVan(allesBeantwoord, "WT-RDAM-CHAR");
        UUID opTijd = bewaar("VTRR", VANDAAG.minusDays(3), List.of("WT-RDAM-FEIJ"));
        UUID vandaagUiterlijk = bewaar("VTRR", VANDAAG.minusMonths(1), List.of("WT-RDAM-FEIJ"));

        meld();

        List<Rij> eerste = gebeurtenissen(List.of(teLaat, allesBeantwoord, opTijd, vandaagUiterlijk));
        assertThat(eerste).singleElement().satisfies(r -> {
            assertThat(r.onderwerp()).isEqualTo(teLaat);
            assertThat(r.type()).isEqualTo("nl.schakel.verzoeken.termijn-verstreken");
            assertThat(r.bron()).isEqualTo("urn:nl:schakel:verzoeken");
            assertThat(r.pad()).isEqualTo("/verzoeken/" + teLaat);
            // the late organisation and the contact point; the police answered and gets nothing
            assertThat(r.ontvangers()).containsExactly("WT-RDAM-FEIJ", "VTRR");
            assertThat(r.eigenaren()).containsExactly("VTRR");
        });

        // once: a second run (or a second node) finds it claimed
        meld();
        assertThat(gebeurtenissen(List.of(teLaat, allesBeantwoord, opTijd, vandaagUiterlijk))).isEqualTo(eerste);
    }

    @Test
    void eenAfgerondVerzoekKrijgtGeenMelding() throws SQLException {
        UUID afgerond = bewaar("VTRR", VANDAAG.minusMonths(3), List.of("WT-RDAM-FEIJ"));
        try (Transactie t = new Transactie(app)) {
            new VerzoekRepository(t.bron()).informeer(afgerond, 0, VANDAAG.minusDays(1), "Procesregisseur");
            t.commit();
        }

        meld();

        assertThat(gebeurtenissen(List.of(afgerond))).isEmpty();
    }

    private void meld() throws SQLException {
        try (Transactie t = new Transactie(app)) {
            new Verzoektermijnmelding(new VerzoekRepository(t.bron()), new GebeurtenisSchrijver(t.bron()),
                    Clock.fixed(NU, ZoneOffset.UTC)).meld();
            t.commit();
        }
    }

    private UUID bewaar(String contactpunt, LocalDate ontvangen, List<String> organisaties) throws SQLException {
        UUID id = UUID.randomUUID();
        List<Deelverzoek> delen = organisaties.stream().map(o -> new Deelverzoek(UUID.randomUUID(), id, 0, o, List.of(), Deelverzoek.Status.OPEN,
                Optional.<String>empty(), Optional.<String>empty(), Optional.<Instant>empty(), false)).toList();
        Verzoek verzoek = new Verzoek(id, 0, Verzoeksoort.INZAGE, contactpunt, "T.T. / TEST", List.of(UUID.randomUUID()),
                Termijn.vanaf(ontvangen), "Procesregisseur", NU, Optional.empty(), Optional.empty(), delen);
        try (Transactie t = new Transactie(app)) {
            new VerzoekRepository(t.bron()).bewaar(verzoek, Optional.of(new byte[32]), Optional.empty());
            t.commit();
        }
        return id;
    }

    private void beantwoordDeelVan(UUID verzoek, String organisatie) throws SQLException {
        try (Transactie t = new Transactie(app)) {
            VerzoekRepository repository = new VerzoekRepository(t.bron());
            Deelverzoek deel = repository.verzoek(verzoek).orElseThrow().delen().stream().filter(d -> d.organisatie().equals(organisatie))
                    .findFirst().orElseThrow();
            assertThat(repository.beantwoord(deel.id(), deel.versie(), "Gevonden.", false, "Medewerker", NU)).isTrue();
            t.commit();
        }
    }

    record Rij(long volgnummer, UUID onderwerp, String type, String bron, String pad, List<String> ontvangers, List<String> eigenaren) {}

    private List<Rij> gebeurtenissen(List<UUID> onderwerpen) throws SQLException {
        try (Connection c = app.getConnection(); PreparedStatement s = c.prepareStatement("select volgnummer, onderwerp_id, type, bron, "
                + "onderwerp_pad, ontvangers, eigenaren from gebeurtenis.gebeurtenis where onderwerp_id = any(?) order by volgnummer")) {
            s.setArray(1, c.createArrayOf("uuid", onderwerpen.toArray()));
            List<Rij> rijen = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rijen.add(new Rij(r.getLong(1), r.getObject(2, UUID.class), r.getString(3), r.getString(4), r.getString(5),
                            Arrays.asList((String[]) r.getArray(6).getArray()), Arrays.asList((String[]) r.getArray(7).getArray())));
                }
            }
            return rijen;
        }
    }
}
