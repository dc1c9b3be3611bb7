package nl.schakel.toegang.logboek;

public enum Uitkomst {
    TOEGESTAAN,
    GEWEIGERD
}
