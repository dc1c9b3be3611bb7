package nl.schakel.casusoverleg.domein;

/**
 * A draft is the contributor's alone; shared, the other invited partners see the parts the policy lets them; withdrawn,
 * nobody but the contributor sees it (a change makes it a draft again).
 */
public enum InbrengStatus {
    CONCEPT,
    GEDEELD,
    INGETROKKEN
}
