package nl.schakel.toegang.domein.logboek;

public enum Uitkomst {
    TOEGESTAAN,
    GEWEIGERD
}
