package nl.schakel.routes.bezorging;

/**
 * De ontvanger weigert (4xx behalve 408/429) of er zijn geen (bruikbare) bezorginstellingen: opnieuw
 * proberen helpt niet; meteen een dode brief, te herhalen na herstel.
 */
public class BezorgingGeweigerdException extends RuntimeException {

    public BezorgingGeweigerdException(String melding) {
        super(melding);
    }
}
