package nl.schakel.toegang.domein.noodtoegang;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import nl.schakel.gedeeld.kalender.Werkdagkalender;
import nl.schakel.toegang.domein.Toegang;

/**
 * A break-glass opening with its reviews. Its overall verdict: not justified as soon as one reviewer says so
 * (that must stay visible), justified when every reviewer said so, open otherwise.
 */
public record Noodtoegangzaak(Toegang toegang, String geopendDoorNaam, List<Beoordeling> beoordelingen) {

    public Noodtoegangzaak {
        beoordelingen = List.copyOf(beoordelingen);
    }

    /** Office hours of the partners' day shifts, Dutch time: after them the on-call crisis roles carry the work. */
    static final LocalTime KANTOOR_BEGIN = LocalTime.of(8, 0);
    static final LocalTime KANTOOR_EINDE = LocalTime.of(17, 0);
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    /**
     * Opened outside office hours (an evening, a night, a weekend or a public holiday, Dutch time): the review queue
     * flags it, because then nobody of the owning team could be asked first, and because an opening at 14:00 on a
     * Tuesday calls for a different question ("why not ask the team?") than one at 03:00 on a Sunday.
     */
    public boolean buitenKantooruren() {
        return buitenKantooruren(toegang.geldigVan());
    }

    public static boolean buitenKantooruren(Instant moment) {
        ZonedDateTime daar = moment.atZone(NEDERLAND);
        LocalTime tijd = daar.toLocalTime();
        return !Werkdagkalender.NEDERLAND.isWerkdag(daar.toLocalDate()) || tijd.isBefore(KANTOOR_BEGIN) || !tijd.isBefore(KANTOOR_EINDE);
    }

    public Oordeel oordeel() {
        if (beoordelingen.stream().anyMatch(b -> b.status() == Oordeel.NIET_GERECHTVAARDIGD)) {
            return Oordeel.NIET_GERECHTVAARDIGD;
        }
        if (!beoordelingen.isEmpty() && beoordelingen.stream().allMatch(b -> b.status() == Oordeel.GERECHTVAARDIGD)) {
            return Oordeel.GERECHTVAARDIGD;
        }
        return Oordeel.OPEN;
    }
}
