package nl.schakel.toegang.domein;

/** Why a grant exists. */
public enum ToegangReden {
    /** The organisation that created the resource. */
    EIGENAAR,
    /** The recipient of an overdracht. */
    ONTVANGER,
    /** Invited to a casusoverleg agenda item. */
    UITGENODIGD,
    /**
     * The owner organisation of an action agreed in a casusoverleg: without end date, ended when the action is closed,
     * so it outlives the item's invitations (and the afschaling of the case) for exactly as long as the work is open.
     */
    ACTIEHOUDER,
    /** A partner on a joint crisis file. */
    CRISISPARTNER,
    /** Break-glass: short, flagged, reviewed afterwards. */
    NOODTOEGANG,
    /** The privacy officer, for a data-subject request. */
    FUNCTIONARIS_GEGEVENSBESCHERMING
}
