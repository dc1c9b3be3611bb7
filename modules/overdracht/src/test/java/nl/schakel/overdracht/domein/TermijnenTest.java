package nl.schakel.overdracht.domein;

import static nl.schakel.overdracht.domein.Voorbeelden.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
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
