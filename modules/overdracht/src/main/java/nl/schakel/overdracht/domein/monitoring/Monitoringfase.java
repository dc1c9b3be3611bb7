package nl.schakel.overdracht.domein.monitoring;

/**
 * Where a moment stands for the one who has to do it, derived from the dates (never stored, so it is right on every
 * day): planned for later, to do now, overdue, or done.
 */
public enum Monitoringfase {
    /** The planned date has not come yet; the scores cannot be recorded yet. */
    GEPLAND,
    /** From the planned date up to {@link Monitoringplanning#UITVOERTERMIJN_WERKDAGEN} working days after it. */
    TE_DOEN,
    /** Later than that and still not recorded. */
    VERLOPEN,
    /** Both scores are recorded. */
    UITGEVOERD
}
