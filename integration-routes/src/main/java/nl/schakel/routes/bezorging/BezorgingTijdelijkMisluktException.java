package nl.schakel.routes.bezorging;

/** Webhook of mailserver tijdelijk niet bruikbaar (5xx, 408, 429, time-out, verbinding): opnieuw proberen helpt. */
public class BezorgingTijdelijkMisluktException extends RuntimeException {

    public BezorgingTijdelijkMisluktException(String melding) {
        super(melding);
    }

    public BezorgingTijdelijkMisluktException(String melding, Throwable oorzaak) {
        super(melding, oorzaak);
    }
}
