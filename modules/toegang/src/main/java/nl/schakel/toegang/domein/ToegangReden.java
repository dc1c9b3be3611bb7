package nl.schakel.toegang.domein;

/** Why a grant exists. */
public enum ToegangReden {
    /** The organisation that created the resource. */
    EIGENAAR,
    /** The recipient of an overdracht. */
    ONTVANGER,
    /** Invited to a casusoverleg agenda item. */
    UITGENODIGD,
    /** A partner on a joint crisis file. */
    CRISISPARTNER,
    /** Break-glass: short, flagged, reviewed afterwards. */
    NOODTOEGANG,
    /** The privacy officer, for a data-subject request. */
    FUNCTIONARIS_GEGEVENSBESCHERMING
}
