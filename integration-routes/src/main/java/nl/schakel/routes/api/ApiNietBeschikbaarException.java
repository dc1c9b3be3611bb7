package nl.schakel.routes.api;

/** De API of de tokenuitgever is tijdelijk niet bruikbaar (5xx, 408, 429, verbinding): opnieuw proberen helpt. */
public class ApiNietBeschikbaarException extends RuntimeException {

    public ApiNietBeschikbaarException(String melding) {
        super(melding);
    }

    public ApiNietBeschikbaarException(String melding, Throwable oorzaak) {
        super(melding, oorzaak);
    }
}
