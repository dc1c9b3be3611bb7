package nl.schakel.gedeeld.fout;

import java.util.List;
import java.util.Map;

/**
 * A failure the API answers with a problem+json body. Each has a stable {@link #code()} (listed in
 * {@code docs/foutcodes.md}) so partners can act on it without parsing Dutch text.
 */
public abstract class SchakelFout extends RuntimeException {

    private final String code;
    private final List<OngeldigeParameter> ongeldigeParameters;

    protected SchakelFout(String code, String detail, List<OngeldigeParameter> ongeldigeParameters) {
        super(detail, null, false, false); // no stack trace: these are expected answers, not bugs
        this.code = code;
        this.ongeldigeParameters = List.copyOf(ongeldigeParameters);
    }

    protected SchakelFout(String code, String detail) {
        this(code, detail, List.of());
    }

    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    public List<OngeldigeParameter> ongeldigeParameters() {
        return ongeldigeParameters;
    }

    /**
     * Extension members of the problem body (RFC 9457 §3.2) beyond {@code code} and {@code invalidParams}, e.g. the id
     * of the resource a client must act on first; ids and codes only, never personal data. None by default.
     */
    public Map<String, Object> uitbreidingen() {
        return Map.of();
    }

    /** The HTTP status this failure means. */
    public abstract int status();

    /** A short Dutch title, the same for every occurrence of this kind of failure. */
    public abstract String titel();
}
