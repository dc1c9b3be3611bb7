package nl.schakel.casusoverleg.domein;

/** The stable error codes of flow 2 (docs/foutcodes.md); partners may act on them. */
public final class Foutcodes {

    /** An aanmelding breaks a rule; {@code invalidParams} names each field. */
    public static final String ONGELDIGE_AANMELDING = "CSO-001";
    /** An inbreng breaks a rule. */
    public static final String ONGELDIGE_INBRENG = "CSO-002";
    /** A meeting's planning breaks a rule. */
    public static final String ONGELDIG_OVERLEG = "CSO-003";
    /** Rejecting, asking for more or closing without a reason (or one over 2000 characters). */
    public static final String REDEN_ONTBREEKT = "CSO-004";
    /** An invitation without an organisation, or with an unknown category. */
    public static final String ONGELDIGE_UITNODIGING = "CSO-005";
    /** An agenda change that names no aanmelding, or a new order that is not exactly the agenda's items. */
    public static final String ONGELDIGE_AGENDAWIJZIGING = "CSO-006";
    /** This step is not allowed from the aanmelding's current status. */
    public static final String ONGELDIGE_OVERGANG = "CSO-010";
    /** This aanmelding cannot go on this agenda (not accepted, another table, already on it). */
    public static final String NIET_IN_TE_PLANNEN = "CSO-011";
    /** The case of this item is closed (afgeschaald): nothing changes any more. */
    public static final String CASUS_AFGESCHAALD = "CSO-012";
    /** The inbreng cannot take this step (one per organisation per item; not from its status). */
    public static final String INBRENG_CONFLICT = "CSO-013";
    /** The organisation is invited already, or the meeting's access window has passed. */
    public static final String UITNODIGING_CONFLICT = "CSO-014";
    /** The caller's organisation is not the party for this step (member, organiser, contributor). */
    public static final String VERKEERDE_PARTIJ = "CSO-015";
    /** The organisation is not in the partner register, or the policy gives its type nothing in a casusoverleg. */
    public static final String ONBEKENDE_ORGANISATIE = "CSO-016";
    /**
     * The caller has not confirmed the meeting's confidentiality statement yet: the item's content, another organisation's
     * inbreng and the verslag stay closed (403, extension member {@code overlegId}).
     */
    public static final String GEHEIMHOUDING_NIET_BEVESTIGD = "CSO-020";
    /** An action breaks a rule (owner not at the item, no description, a date in the past, an unknown status). */
    public static final String ONGELDIGE_ACTIE = "CSO-021";
    /** The action is closed already (GEDAAN or NIET_GEDAAN): it stays closed. */
    public static final String ACTIE_AFGEROND = "CSO-022";
    /** The attendance or the verslag breaks a rule (an organisation not at the item, a text over 4000 characters). */
    public static final String ONGELDIG_VERSLAG = "CSO-023";
    /** Moving a meeting breaks a rule: no date, one in the past or over a year ahead, an end not after the start. */
    public static final String ONGELDIGE_VERPLAATSING = "CSO-030";
    /** The meeting has taken place (its date is before today): it is not moved, a new one is planned. */
    public static final String OVERLEG_GEWEEST = "CSO-031";
    /** No such table, aanmelding, meeting, agenda item or inbreng (or no grant on it: the same answer). */
    public static final String NIET_GEVONDEN = "CSO-404";

    private Foutcodes() {}
}
