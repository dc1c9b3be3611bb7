package nl.schakel.overdracht.domein;

import static nl.schakel.overdracht.domein.Voorbeelden.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.schakel.gedeeld.kalender.Werkdagkalender;
import nl.schakel.overdracht.domein.inhoud.OverdrachtInhoud;
import org.junit.jupiter.api.Test;

class TermijnenTest {

    private final Termijnen termijnen = Termijnen.standaard();

    @Test
    void deVeiligheidsbeoordelingUiterlijkVijfWerkdagenNaDeMelding() {
        // melding Tuesday 10 November 2026: Wed, Thu, Fri, Mon, Tue
        assertThat(concept().veiligheidsbeoordelingUiterlijk(termijnen)).contains(LocalDate.of(2026, 11, 17));
        Overdracht leeg = Overdracht.stelOp(VT, OverdrachtInhoud.leeg(), IDS_ZOALS_GEGEVEN, PROCESREGISSEUR, NU);
        assertThat(leeg.veiligheidsbeoordelingUiterlijk(termijnen)).isEmpty();
    }

    @Test
    void deAcceptatieUiterlijkNaDeDagVanVerzendenInNederland() {
        assertThat(concept().acceptatieUiterlijk(termijnen)).isEmpty();
        // sent Wednesday 25 November 2026, 10:00 in Amsterdam
        assertThat(in(OverdrachtStatus.VERZONDEN).acceptatieUiterlijk(termijnen)).contains(LocalDate.of(2026, 12, 2));
        // 23:30 UTC on the 25th is already Thursday the 26th in Amsterdam
        assertThat(verzondenOp("2026-11-25T23:30:00Z").acceptatieUiterlijk(termijnen)).contains(LocalDate.of(2026, 12, 3));
        // over Christmas and New Year
        assertThat(verzondenOp("2026-12-24T09:00:00Z").acceptatieUiterlijk(termijnen)).contains(LocalDate.of(2027, 1, 4));
        // a configured term of 10 working days
        assertThat(in(OverdrachtStatus.VERZONDEN).acceptatieUiterlijk(new Termijnen(Werkdagkalender.NEDERLAND, 10)))
                .contains(LocalDate.of(2026, 12, 9));
    }

    @Test
    void verlopenPasNaDeUiterlijkeDagEnAlleenZolangNietBeslist() {
        Overdracht verzonden = verzondenOp("2026-12-24T09:00:00Z");
        assertThat(verzonden.isAcceptatieVerlopen(termijnen, Instant.parse("2027-01-04T22:59:59Z"))).isFalse();
        assertThat(verzonden.isAcceptatieVerlopen(termijnen, Instant.parse("2027-01-04T23:00:00Z"))).isTrue();

        Instant laat = Instant.parse("2027-03-01T09:00:00Z");
        assertThat(in(OverdrachtStatus.VERZONDEN).isAcceptatieVerlopen(termijnen, laat)).isTrue();
        assertThat(in(OverdrachtStatus.ONTVANGEN).isAcceptatieVerlopen(termijnen, laat)).isTrue();
        assertThat(in(OverdrachtStatus.CONCEPT).isAcceptatieVerlopen(termijnen, laat)).isFalse();
        assertThat(in(OverdrachtStatus.GEACCEPTEERD).isAcceptatieVerlopen(termijnen, laat)).isFalse();
        assertThat(in(OverdrachtStatus.TERUGGELEGD).isAcceptatieVerlopen(termijnen, laat)).isFalse();
        assertThat(in(OverdrachtStatus.INGETROKKEN).isAcceptatieVerlopen(termijnen, laat)).isFalse();
    }

    /**
     * The one moment a count compares with gives, for every sending, the same answer as the rule per overdracht: every
     * day of 2026 and 2027 as "now" (at the first and the last second of the Dutch day, so across both changes of the
     * clock, Easter, King's Day, Christmas and New Year), every sending day of the 130 days before it (at its first and
     * last second), for a term of 1, 5 and 65 working days.
     */
    @Test
    void verlopenVoorGeeftVoorElkeVerzendingHetzelfdeAntwoordAlsDeRegelPerOverdracht() {
        int vergeleken = 0;
        for (int werkdagen : new int[] {1, 5, Termijnen.MAXIMALE_ACCEPTATIE_WERKDAGEN}) {
            Termijnen termijn = new Termijnen(Werkdagkalender.NEDERLAND, werkdagen);
            for (LocalDate dag = LocalDate.of(2026, 1, 1); dag.isBefore(LocalDate.of(2028, 1, 1)); dag = dag.plusDays(1)) {
                for (Instant nu : eersteEnLaatsteSeconde(dag)) {
                    Instant grens = termijn.verlopenVoor(nu);
                    for (int terug = 0; terug <= 130; terug++) {
                        for (Instant verzonden : eersteEnLaatsteSeconde(dag.minusDays(terug))) {
                            assertThat(verzonden.isBefore(grens)).as("%d werkdagen, verzonden %s, nu %s", werkdagen, verzonden, nu)
                                    .isEqualTo(termijn.isAcceptatieVerlopen(verzonden, nu));
                            vergeleken++;
                        }
                    }
                }
            }
        }
        assertThat(vergeleken).isEqualTo(3 * 730 * 2 * 131 * 2);
    }

    @Test
    void verlopenVoorIsHetBeginVanDeEersteVerzenddagDieNogOpTijdIs() {
        // Monday 4 January 2027, 09:00 in Amsterdam: a sending on Thursday 24 December 2026 is due today, so still in
        // time; one on Wednesday the 23rd was due on Thursday 31 December
        assertThat(termijnen.verlopenVoor(Instant.parse("2027-01-04T08:00:00Z"))).isEqualTo(Instant.parse("2026-12-23T23:00:00Z"));
    }

    private static List<Instant> eersteEnLaatsteSeconde(LocalDate dag) {
        return List.of(dag.atStartOfDay(Categorieen.NEDERLAND).toInstant(),
                dag.plusDays(1).atStartOfDay(Categorieen.NEDERLAND).toInstant().minusSeconds(1));
    }

    @Test
    void eenOnzinnigeAcceptatietermijnWordtGeweigerd() {
        assertThatThrownBy(() -> new Termijnen(Werkdagkalender.NEDERLAND, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Termijnen(Werkdagkalender.NEDERLAND, 66)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Termijnen(null, 5)).isInstanceOf(NullPointerException.class);
    }

    private static Overdracht verzondenOp(String moment) {
        Instant verzonden = Instant.parse(moment);
        Overdracht overdracht = Overdracht.stelOp(VT, volledigeInhoud(), IDS_ZOALS_GEGEVEN, PROCESREGISSEUR, verzonden.minusSeconds(60));
        overdracht.verzend(WIJKTEAM, WIJKTEAMCATEGORIEEN, CONTACT, PROCESREGISSEUR, verzonden);
        return overdracht;
    }
}
