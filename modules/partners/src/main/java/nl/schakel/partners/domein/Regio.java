package nl.schakel.partners.domein;

/** The four areas Veilig Thuis Rotterdam Rijnmond works in (jaarverslag 2020, werkgebied). */
public enum Regio {
    NOORD,
    OOST,
    ROTTERDAM_ZUID,
    ZUID_WEST
}
