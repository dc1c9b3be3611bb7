package nl.schakel.overdracht.domein;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import nl.schakel.gedeeld.fout.Validatie;

/**
 * The warm handover: one joint conversation of the receiver, Veilig Thuis and the family, so the family meets its
 * new professional with the old one still at the table. A day, a time (Dutch local time) and a place.
 */
public record WarmeOverdracht(LocalDate datum, LocalTime tijd, String plaats) {

    public static final String ONGELDIGE_PLANNING = "OVD-017";
    static final int MAXIMALE_PLAATS = 200;
    /** Planning further ahead than this is a typo in the year, not a plan. */
    static final int MAXIMAAL_DAGEN_VOORUIT = 366;

    /** Checks the plan against today (in the Netherlands); a plan in the past is no plan. */
    public WarmeOverdracht geldig(Instant nu) {
        LocalDate vandaag = nu.atZone(Categorieen.NEDERLAND).toLocalDate();
        new Validatie()
                .verplicht("datum", datum)
                .verplicht("tijd", tijd)
                .verplicht("plaats", plaats)
                .maximaleLengte("plaats", plaats, MAXIMALE_PLAATS)
                .regel(datum == null || !datum.isBefore(vandaag), "datum", "Een datum vanaf vandaag.")
                .regel(datum == null || !datum.isAfter(vandaag.plusDays(MAXIMAAL_DAGEN_VOORUIT)), "datum",
                        "Een datum binnen een jaar.")
                .regel(datum == null || tijd == null || !datum.equals(vandaag)
                        || !LocalDateTime.of(datum, tijd).atZone(Categorieen.NEDERLAND).toInstant().isBefore(nu),
                        "tijd", "Een tijdstip dat nog moet komen.")
                .controleer(ONGELDIGE_PLANNING);
        return new WarmeOverdracht(datum, tijd.withSecond(0).withNano(0), plaats.strip());
    }

    ZonedDateTime moment() {
        return LocalDateTime.of(datum, tijd).atZone(Categorieen.NEDERLAND);
    }

    static WarmeOverdracht op(ZonedDateTime moment, String plaats) {
        ZonedDateTime hier = moment.withZoneSameInstant(Categorieen.NEDERLAND);
        return new WarmeOverdracht(hier.toLocalDate(), hier.toLocalTime(), plaats);
    }
}
