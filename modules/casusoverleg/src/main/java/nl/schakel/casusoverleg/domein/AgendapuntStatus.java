package nl.schakel.casusoverleg.domein;

/** An item is open until its case is closed; then nothing on it changes any more. */
public enum AgendapuntStatus {
    OPEN,
    AFGESCHAALD
}
