package nl.schakel.crisisdossier.domein;

/**
 * A partner's judgement of the family's safety, most severe first. The joint judgement of a file is the most severe one
 * given: in a crisis the partner that sees acute danger is not outvoted.
 */
public enum Veiligheidsoordeel {
    ACUUT_ONVEILIG, ONVEILIG, VOORLOPIG_VEILIG
}
