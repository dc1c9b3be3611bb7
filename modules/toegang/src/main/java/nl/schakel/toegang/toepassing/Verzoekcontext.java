package nl.schakel.toegang.toepassing;

/**
 * What the logboek needs to know of the current request besides the caller: where it came from and its
 * correlation id. The API boundary provides it (a request-scoped bean).
 */
public interface Verzoekcontext {

    String bronAdres();

    String correlatieId();
}
