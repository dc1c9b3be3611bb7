package nl.schakel.gedeeld.fout;

/**
 * 410: the caller had this resource and handed it back (or away) itself; it is no longer shared with them. Only for a
 * caller whose own earlier action on it is on record: to anyone else it does not exist (404), as the access model says.
 */
public final class NietMeerGedeeldFout extends SchakelFout {

    public NietMeerGedeeldFout(String code, String detail) {
        super(code, detail);
    }

    @Override
    public int status() {
        return 410;
    }

    @Override
    public String titel() {
        return "Niet meer met u gedeeld";
    }
}
