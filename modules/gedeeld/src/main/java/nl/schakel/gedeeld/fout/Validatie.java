package nl.schakel.gedeeld.fout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every broken rule of one input before failing, so the caller sees them all at once. */
public final class Validatie {

    private final List<OngeldigeParameter> fouten = new ArrayList<>();

    public Validatie verplicht(String naam, Object waarde) {
        if (waarde == null || (waarde instanceof String s && s.isBlank())) {
            fouten.add(new OngeldigeParameter(naam, "Verplicht veld ontbreekt."));
        }
        return this;
    }

    public Validatie maximaleLengte(String naam, String waarde, int maximum) {
        if (waarde != null && waarde.length() > maximum) {
            fouten.add(new OngeldigeParameter(naam, "Maximaal " + maximum + " tekens."));
        }
        return this;
    }

    public Validatie patroon(String naam, String waarde, Pattern patroon, String uitleg) {
        if (waarde != null && !patroon.matcher(waarde).matches()) {
            fouten.add(new OngeldigeParameter(naam, uitleg));
        }
        return this;
    }

    public Validatie regel(boolean geldig, String naam, String reden) {
        if (!geldig) {
            fouten.add(new OngeldigeParameter(naam, reden));
        }
        return this;
    }

    public boolean isGeldig() {
        return fouten.isEmpty();
    }

    /** Throws a {@link ValidatieFout} with {@code code} when any rule was broken. */
    public void controleer(String code) {
        if (!fouten.isEmpty()) {
            throw new ValidatieFout(code, "De invoer voldoet niet aan de regels; zie invalidParams.", fouten);
        }
    }
}
