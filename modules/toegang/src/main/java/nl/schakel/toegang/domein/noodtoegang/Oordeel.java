package nl.schakel.toegang.domein.noodtoegang;

/** What a reviewer judged of a break-glass opening. */
public enum Oordeel {
    /** Not yet judged by this reviewer. */
    OPEN,
    GERECHTVAARDIGD,
    NIET_GERECHTVAARDIGD
}
