package nl.schakel.routes.bezorging;

/**
 * De ontvanger weigert (4xx behalve 408/429) of een mailadres is ongeldig: opnieuw proberen helpt niet; meteen een
 * dode brief, te herhalen na herstel. (Geen of onbruikbare instellingen: {@link BezorgConfiguratieFout}.)
 */
public class BezorgingGeweigerdException extends RuntimeException {

    public BezorgingGeweigerdException(String melding) {
        super(melding);
    }
}
