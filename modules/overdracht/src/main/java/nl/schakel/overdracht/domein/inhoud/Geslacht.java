package nl.schakel.overdracht.domein.inhoud;

public enum Geslacht {
    MAN,
    VROUW,
    ANDERS,
    ONBEKEND
}
