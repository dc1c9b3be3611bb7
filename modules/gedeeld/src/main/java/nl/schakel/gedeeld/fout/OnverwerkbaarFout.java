package nl.schakel.gedeeld.fout;

public final class OnverwerkbaarFout extends SchakelFout {

    public OnverwerkbaarFout(String code, String detail) {
        super(code, detail);
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String titel() {
        return "Niet verwerkbaar";
    }
}
