package nl.schakel.gedeeld.fout;

import java.util.List;

/** Input that breaks a rule; lists every invalid field at once, so a form can show them all. */
public final class ValidatieFout extends SchakelFout {

    public ValidatieFout(String code, String detail, List<OngeldigeParameter> ongeldigeParameters) {
        super(code, detail, ongeldigeParameters);
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String titel() {
        return "Ongeldige invoer";
    }
}
