package nl.schakel.crisisdossier.domein;

/** Where the work goes after the crisis: regular help, or an overdracht by Veilig Thuis (flow 1). */
public enum Sluitingsuitkomst {
    REGULIER, OVERDRACHT
}
