package nl.schakel.toegang.domein.verzoek;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The legal clock of a request (AVG art. 12(3)): answered within one month of receipt, a period that may be extended once
 * by two further months, with a reason. Calendar months on plain dates in the Netherlands' time zone: received on
 * 31 January is due on 28 (or 29) February, as {@link LocalDate#plusMonths} and PostgreSQL's month arithmetic agree; an
 * extension makes it three months after receipt (not two after a clamped first month, which would lose days).
 */
public record Termijn(LocalDate ontvangenOp, Optional<Verlenging> verlenging) {

    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    public Termijn {
        Objects.requireNonNull(ontvangenOp, "ontvangenOp");
        verlenging = verlenging == null ? Optional.empty() : verlenging;
    }

    public static Termijn vanaf(LocalDate ontvangenOp) {
        return new Termijn(ontvangenOp, Optional.empty());
    }

    public LocalDate uiterlijkOp() {
        return ontvangenOp.plusMonths(verlenging.isPresent() ? 3 : 1);
    }

    public boolean isVerlengd() {
        return verlenging.isPresent();
    }

    /** Days from {@code vandaag} to the due date: 0 on the due date itself, negative once it passed. */
    public long dagenOver(LocalDate vandaag) {
        return ChronoUnit.DAYS.between(vandaag, uiterlijkOp());
    }

    /** Overdue: the due date has passed and the requester was not yet told the outcome. */
    public boolean isTeLaat(LocalDate vandaag, boolean afgerond) {
        return !afgerond && vandaag.isAfter(uiterlijkOp());
    }

    /** The extended clock; once only (the caller checks {@link #isVerlengd()} first and answers with its own code). */
    public Termijn verleng(Verlenging nieuw) {
        if (verlenging.isPresent()) {
            throw new IllegalStateException("een termijn wordt eenmaal verlengd");
        }
        return new Termijn(ontvangenOp, Optional.of(nieuw));
    }
}
