package nl.schakel.gedeeld.fout;

public final class VersieConflictFout extends SchakelFout {

    public VersieConflictFout(String code, String detail) {
        super(code, detail);
    }

    @Override
    public int status() {
        return 412;
    }

    @Override
    public String titel() {
        return "Verouderde versie";
    }
}
