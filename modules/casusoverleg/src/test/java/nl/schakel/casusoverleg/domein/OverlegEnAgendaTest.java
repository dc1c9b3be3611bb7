package nl.schakel.casusoverleg.domein;

import static nl.schakel.casusoverleg.domein.Voorbeelden.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import org.junit.jupiter.api.Test;

class OverlegEnAgendaTest {

    private static final Instant NU = Instant.parse("2027-03-01T09:00:00Z");
    private final Overlegtafel tafel = tafel();

    @Test
    void eenOverlegHeeftEenPlaatsOfEenVeiligeLinkEnLigtNietInHetVerleden() {
        Overlegplanning fout = new Overlegplanning(TAFEL, LocalDate.of(2027, 2, 28), LocalTime.of(10, 0), LocalTime.of(9, 0), " ",
                "http://vergadering.example/123", "", "x".repeat(201));

        assertThatThrownBy(() -> Overleg.plan(tafel, fout, zvh(), NU)).isInstanceOfSatisfying(ValidatieFout.class, f -> {
            assertThat(f.code()).isEqualTo("CSO-003");
            assertThat(f.ongeldigeParameters()).extracting(OngeldigeParameter::name)
                    .containsExactlyInAnyOrder("datum", "einde", "onlineLink", "voorzitter", "notulist");
        });
        Overlegplanning zonderPlaats = new Overlegplanning(TAFEL, LocalDate.of(2027, 3, 10), LocalTime.of(10, 0), null, null, null,
                "A. Voorzitter", "B. Notulist");
        assertThatThrownBy(() -> Overleg.plan(tafel, zonderPlaats, zvh(), NU)).isInstanceOfSatisfying(ValidatieFout.class,
                f -> assertThat(f.ongeldigeParameters()).extracting(OngeldigeParameter::name).containsExactly("plaats"));
    }

    @Test
    void deToegangEindigtAanHetEindVanDeLaatsteDagVanHetVensterInNederland() {
        Overleg overleg = overleg(LocalDate.of(2027, 3, 10));

        // 10 March + 14 days = 24 March; the grant ends at midnight after it, Dutch time (CET, +01:00)
        assertThat(overleg.toegangTot(tafel)).isEqualTo(Instant.parse("2027-03-24T23:00:00Z"));
        // after the change to summer time the offset is +02:00
        assertThat(overleg(LocalDate.of(2027, 3, 20)).toegangTot(tafel)).isEqualTo(Instant.parse("2027-04-03T22:00:00Z"));
        assertThat(overleg.voorzitterOrganisatie()).isEqualTo("VTRR");
        assertThat(overleg.organisatorOrganisatie()).isEqualTo("ZVHRR");
    }

    @Test
    void eenVerplaatstOverlegNeemtZijnToegangsvensterMeeLaterEnEerder() {
        Overleg overleg = overleg(LocalDate.of(2027, 3, 10));
        Instant eerstGewijzigd = overleg.laatstGewijzigd();

        overleg.verplaats(new Verplaatsing(LocalDate.of(2027, 3, 20), null, null), NU);
        assertThat(overleg.datum()).isEqualTo(LocalDate.of(2027, 3, 20));
        assertThat(overleg.aanvang()).as("niet genoemd: blijft").isEqualTo(LocalTime.of(13, 30));
        assertThat(overleg.toegangTot(tafel)).as("later: het einde schuift mee").isEqualTo(Instant.parse("2027-04-03T22:00:00Z"));
        assertThat(overleg.laatstGewijzigd()).as("de versie schuift mee").isAfter(eerstGewijzigd);

        overleg.verplaats(new Verplaatsing(LocalDate.of(2027, 3, 2), LocalTime.of(9, 0), LocalTime.of(10, 30)), NU);
        assertThat(overleg.toegangTot(tafel)).as("eerder").isEqualTo(Instant.parse("2027-03-16T23:00:00Z"));
        assertThat(overleg.aanvang()).isEqualTo(LocalTime.of(9, 0));
        assertThat(overleg.einde()).contains(LocalTime.of(10, 30));
    }

    @Test
    void eenVerplaatsingVraagtEenDatumVanVandaagTotEenJaarEnEenEindeNaDeAanvang() {
        Overleg overleg = overleg(LocalDate.of(2027, 3, 10));
        assertThatThrownBy(() -> overleg.verplaats(new Verplaatsing(LocalDate.of(2027, 2, 28), LocalTime.of(17, 0), null), NU))
                .isInstanceOfSatisfying(ValidatieFout.class, f -> {
                    assertThat(f.code()).isEqualTo("CSO-030");
                    assertThat(f.ongeldigeParameters()).extracting(OngeldigeParameter::name).containsExactlyInAnyOrder("datum", "einde");
                });
        assertThatThrownBy(() -> overleg.verplaats(new Verplaatsing(LocalDate.of(2028, 3, 2), null, null), NU))
                .isInstanceOfSatisfying(ValidatieFout.class, f -> assertThat(f.code()).isEqualTo("CSO-030"));
        assertThatThrownBy(() -> overleg.verplaats(null, NU))
                .isInstanceOfSatisfying(ValidatieFout.class, f -> assertThat(f.ongeldigeParameters())
                        .extracting(OngeldigeParameter::name).containsExactly("datum"));
        assertThat(overleg.datum()).as("niets veranderd").isEqualTo(LocalDate.of(2027, 3, 10));

        // the meeting took place: it is not moved any more
        Instant naHetOverleg = Instant.parse("2027-03-11T09:00:00Z");
        assertThatThrownBy(() -> overleg.verplaats(new Verplaatsing(LocalDate.of(2027, 3, 20), null, null), naHetOverleg))
                .isInstanceOfSatisfying(ConflictFout.class, f -> assertThat(f.code()).isEqualTo("CSO-031"));
        overleg.verplaats(new Verplaatsing(LocalDate.of(2027, 3, 12), null, null), Instant.parse("2027-03-10T20:00:00Z"));
        assertThat(overleg.datum()).as("op de dag zelf kan het nog").isEqualTo(LocalDate.of(2027, 3, 12));
    }

    @Test
    void alleenEenGeaccepteerdeCasusVanDezeTafelKomtEenKeerOpDeAgenda() {
        Overleg overleg = overleg(LocalDate.of(2027, 3, 10));
        Agenda agenda = new Agenda(overleg, List.of());
        Aanmelding ingediend = Aanmelding.meldAan(tafel, "WT-RDAM-FEIJ", aanmelding(), wijkteam(), NU);

        assertThatThrownBy(() -> agenda.zetOp(ingediend, zvh(), NU))
                .isInstanceOfSatisfying(ConflictFout.class, f -> assertThat(f.code()).isEqualTo("CSO-011"));
        ingediend.accepteer(zvh(), NU);
        agenda.zetOp(ingediend, zvh(), NU);
        assertThatThrownBy(() -> agenda.zetOp(ingediend, zvh(), NU))
                .isInstanceOfSatisfying(ConflictFout.class, f -> assertThat(f.detail()).contains("al op de agenda"));

        Overlegtafel andere = Overlegtafel.van(UUID.randomUUID(), "Andere tafel", "VTRR", "ZVHRR", Set.of("WT-RDAM-FEIJ"),
                tafel.criteria(), 14, 5, 12);
        Aanmelding elders = Aanmelding.meldAan(andere, "WT-RDAM-FEIJ", new Aanmeldingsgegevens(andere.id(), "Vraag",
                aanmelding().criteria(), aanmelding().betrokkenen(), List.of()), wijkteam(), NU);
        elders.accepteer(zvh(), NU);
        assertThatThrownBy(() -> agenda.zetOp(elders, zvh(), NU))
                .isInstanceOfSatisfying(ConflictFout.class, f -> assertThat(f.detail()).contains("andere overlegtafel"));
    }

    @Test
    void deAgendaKrijgtVolgnummersEnElkeWijzigingRaaktHetOverleg() {
        Overleg overleg = overleg(LocalDate.of(2027, 3, 10));
        Agenda agenda = new Agenda(overleg, List.of());
        Agendapunt eerste = agenda.zetOp(geaccepteerd(), zvh(), NU);
        Agendapunt tweede = agenda.zetOp(geaccepteerd(), zvh(), NU.plusSeconds(1));
        Agendapunt derde = agenda.zetOp(geaccepteerd(), zvh(), NU.plusSeconds(2));
        assertThat(List.of(eerste.volgnummer(), tweede.volgnummer(), derde.volgnummer())).containsExactly(1, 2, 3);
        assertThat(overleg.laatstGewijzigd()).isEqualTo(NU.plusSeconds(2));

        agenda.orden(List.of(derde.id(), eerste.id(), tweede.id()), NU.plusSeconds(3));

        assertThat(agenda.punten()).extracting(Agendapunt::id).containsExactly(derde.id(), eerste.id(), tweede.id());
        assertThat(List.of(derde.volgnummer(), eerste.volgnummer(), tweede.volgnummer())).containsExactly(1, 2, 3);
        assertThat(overleg.laatstGewijzigd()).isEqualTo(NU.plusSeconds(3));
    }

    @Test
    void eenNieuweVolgordeNoemtPreciesDePuntenVanDezeAgenda() {
        Overleg overleg = overleg(LocalDate.of(2027, 3, 10));
        Agenda agenda = new Agenda(overleg, List.of());
        Agendapunt eerste = agenda.zetOp(geaccepteerd(), zvh(), NU);
        Agendapunt tweede = agenda.zetOp(geaccepteerd(), zvh(), NU);

        for (List<UUID> fout : List.of(List.of(eerste.id()), List.of(eerste.id(), eerste.id()),
                List.of(eerste.id(), UUID.randomUUID()), List.of(eerste.id(), tweede.id(), UUID.randomUUID()))) {
            assertThatThrownBy(() -> agenda.orden(fout, NU))
                    .isInstanceOfSatisfying(ValidatieFout.class, f -> assertThat(f.code()).isEqualTo("CSO-006"));
        }
        assertThat(List.of(eerste.volgnummer(), tweede.volgnummer())).as("niets veranderd").containsExactly(1, 2);
    }

    @Test
    void opEenAfgeschaaldAgendapuntVerandertNietsMeer() {
        Agendapunt punt = new Agenda(overleg(LocalDate.of(2027, 3, 10)), List.of()).zetOp(geaccepteerd(), zvh(), NU);
        punt.schaalAf(NU);

        assertThatThrownBy(punt::vereisOpen).isInstanceOfSatisfying(ConflictFout.class, f -> assertThat(f.code()).isEqualTo("CSO-012"));
    }

    private Overleg overleg(LocalDate datum) {
        return Overleg.plan(tafel, new Overlegplanning(TAFEL, datum, LocalTime.of(13, 30), LocalTime.of(16, 0),
                "Zorg- en Veiligheidshuis, vergaderzaal 2", null, "A. Voorzitter", "B. Notulist"), zvh(), NU);
    }

    private Aanmelding geaccepteerd() {
        Aanmelding aanmelding = Aanmelding.meldAan(tafel, "WT-RDAM-FEIJ", aanmelding(), wijkteam(), NU);
        aanmelding.accepteer(zvh(), NU);
        return aanmelding;
    }
}
