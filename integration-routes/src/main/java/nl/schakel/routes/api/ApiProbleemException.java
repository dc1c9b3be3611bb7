package nl.schakel.routes.api;

/**
 * De API wees één verzoek af met een probleem (400, 404, 409, 412, 422, 428; application/problem+json).
 * Het gaat om die ene regel: de rest van het bestand gaat door.
 */
public class ApiProbleemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String detail;

    public ApiProbleemException(int status, String code, String detail) {
        super(status + " " + code + ": " + detail);
        this.status = status;
        this.code = code;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return detail;
    }
}
