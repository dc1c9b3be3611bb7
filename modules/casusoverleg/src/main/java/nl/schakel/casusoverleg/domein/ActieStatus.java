package nl.schakel.casusoverleg.domein;

/** Where an action of a meeting stands: open until its owner (or the organiser or chair) closes it, done or not done. */
public enum ActieStatus {
    OPEN,
    GEDAAN,
    NIET_GEDAAN
}
