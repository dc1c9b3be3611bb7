package nl.schakel.gedeeld.fout;

public final class VerbodenFout extends SchakelFout {

    public VerbodenFout(String code, String detail) {
        super(code, detail);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String titel() {
        return "Geen toestemming";
    }
}
