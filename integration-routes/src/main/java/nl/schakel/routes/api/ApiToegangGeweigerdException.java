package nl.schakel.routes.api;

/** Geen toegang (token geweigerd, 401 na vernieuwen, 403): een configuratiefout, opnieuw proberen helpt niet. */
public class ApiToegangGeweigerdException extends RuntimeException {

    public ApiToegangGeweigerdException(String melding) {
        super(melding);
    }
}
