package nl.schakel.gedeeld.fout;

public final class NietGevondenFout extends SchakelFout {

    public NietGevondenFout(String code, String detail) {
        super(code, detail);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String titel() {
        return "Niet gevonden";
    }
}
