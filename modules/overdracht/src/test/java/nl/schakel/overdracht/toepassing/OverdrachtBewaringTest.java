package nl.schakel.overdracht.toepassing;

import static nl.schakel.overdracht.domein.Voorbeelden.CONTACT;
import static nl.schakel.overdracht.domein.Voorbeelden.IDS_ZOALS_GEGEVEN;
import static nl.schakel.overdracht.domein.Voorbeelden.NU;
import static nl.schakel.overdracht.domein.Voorbeelden.PROCESREGISSEUR;
import static nl.schakel.overdracht.domein.Voorbeelden.VT;
import static nl.schakel.overdracht.domein.Voorbeelden.WIJKTEAM;
import static nl.schakel.overdracht.domein.Voorbeelden.WIJKTEAMCATEGORIEEN;
import static nl.schakel.overdracht.domein.Voorbeelden.WIJKTEAMMEDEWERKER;
import static nl.schakel.overdracht.domein.Voorbeelden.volledigeInhoud;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import nl.schakel.overdracht.domein.Overdracht;
import nl.schakel.toegang.domein.bewaren.Bewaartermijnen;
import nl.schakel.toegang.domein.bewaren.Vernietigingskalender;
import org.junit.jupiter.api.Test;

/**
 * When Veilig Thuis's retention clock of an overdracht starts (afsluiting) and the destruction date it gives, from the
 * reviewed bewaartermijnen.json through the Vernietigingskalender. The accepted case (12-month monitoring recorded) reads
 * the database and is proven on the platform (VernietigingIT covers the withdrawn case end to end).
 */
class OverdrachtBewaringTest {

    private final OverdrachtBewaring bewaring = new OverdrachtBewaring();

    OverdrachtBewaringTest() {
        bewaring.kalender = new Vernietigingskalender(new Bewaartermijnen());
    }

    @Test
    void eenOpenOfTeruggelegdeOverdrachtHeeftNogGeenVernietigingsdatum() {
        Overdracht overdracht = Overdracht.stelOp(VT, volledigeInhoud(), IDS_ZOALS_GEGEVEN, PROCESREGISSEUR, NU);
        assertThat(bewaring.vernietigingsdatum(overdracht)).as("concept").isEmpty();
        overdracht.verzend(WIJKTEAM, WIJKTEAMCATEGORIEEN, CONTACT, PROCESREGISSEUR, NU.plusSeconds(60));
        assertThat(bewaring.vernietigingsdatum(overdracht)).as("verzonden").isEmpty();
        overdracht.bevestigOntvangst(WIJKTEAMMEDEWERKER, NU.plusSeconds(120));
        overdracht.legTerug("Past niet bij ons aanbod.", WIJKTEAMMEDEWERKER, NU.plusSeconds(180));
        assertThat(bewaring.vernietigingsdatum(overdracht)).as("teruggelegd: Veilig Thuis is nog aan zet").isEmpty();
    }

    @Test
    void eenIngetrokkenOverdrachtWordtTwintigJaarNaDeIntrekkingInNederlandseTijdVernietigd() {
        Overdracht overdracht = Overdracht.stelOp(VT, volledigeInhoud(), IDS_ZOALS_GEGEVEN, PROCESREGISSEUR, NU);
        // 23:30 UTC on 25 November is 00:30 on 26 November in the Netherlands: the day of afsluiting is the 26th
        Instant ingetrokken = Instant.parse("2026-11-25T23:30:00Z");
        overdracht.trekIn("Situatie veranderd.", PROCESREGISSEUR, ingetrokken);

        assertThat(bewaring.klokstart(overdracht)).contains(ingetrokken);
        assertThat(bewaring.vernietigingsdatum(overdracht)).contains(LocalDate.of(2046, 11, 26));
    }
}
