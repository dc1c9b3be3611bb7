package nl.schakel.routes.bezorging;

/**
 * Een ontvanger zonder (bruikbare) bezorginstellingen. Geen dode brief: wachten of herhalen lost dit niet op,
 * een correctie van de instellingen wel. De wachtrij van die ontvanger blijft staan (de andere gaan door), de fout
 * staat in de gezondheid en in de log, en na de correctie gaat de bezorging vanzelf verder.
 */
public class BezorgConfiguratieFout extends RuntimeException {

    public BezorgConfiguratieFout(String bericht) {
        super(bericht);
    }
}
