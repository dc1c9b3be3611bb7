package nl.schakel.gedeeld.fout;

public final class ConflictFout extends SchakelFout {

    public ConflictFout(String code, String detail) {
        super(code, detail);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String titel() {
        return "Conflict";
    }
}
