package nl.schakel.overdracht.domein.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;

/**
 * The recorded moments of one kind (3 or 12 months, or all together) counted for the KPI: how many moments, and
 * how many of their scores were {@value Monitoringmoment#VOLDOENDE} or more, for the directbetrokkene and for the
 * professional. Counts only: nothing in it points to a family.
 *
 * @param maanden 3 or 12, or empty for the total
 */
public record Scoretelling(Optional<Integer> maanden, int momenten, int directbetrokkeneVoldoende, int professionalVoldoende) {

    /** The seeds' norm: at least 65 % of the scores 6 or more. */
    public static final int NORM_PROCENT = 65;

    public static Scoretelling totaal(Collection<Scoretelling> delen) {
        return new Scoretelling(Optional.empty(),
                delen.stream().mapToInt(Scoretelling::momenten).sum(),
                delen.stream().mapToInt(Scoretelling::directbetrokkeneVoldoende).sum(),
                delen.stream().mapToInt(Scoretelling::professionalVoldoende).sum());
    }

    public static Scoretelling leeg(int maanden) {
        return new Scoretelling(Optional.of(maanden), 0, 0, 0);
    }

    /** Both scores of every moment: each moment gives two. */
    public int scores() {
        return 2 * momenten;
    }

    public int voldoende() {
        return directbetrokkeneVoldoende + professionalVoldoende;
    }

    /** Empty when nothing was recorded: no share of nothing. */
    public static Optional<BigDecimal> aandeel(int voldoende, int aantal) {
        if (aantal == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(voldoende * 100L).divide(BigDecimal.valueOf(aantal), 1, RoundingMode.HALF_UP));
    }

    /** Compared in whole numbers, so rounding the share for display can never turn a miss into a pass. */
    public static Optional<Boolean> haaltNorm(int voldoende, int aantal) {
        return aantal == 0 ? Optional.empty() : Optional.of(voldoende * 100L >= NORM_PROCENT * (long) aantal);
    }
}
