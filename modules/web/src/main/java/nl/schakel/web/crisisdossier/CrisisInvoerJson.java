package nl.schakel.web.crisisdossier;

/** The small bodies of flow 3's steps. */
final class CrisisInvoerJson {

    private CrisisInvoerJson() {}

    /** Closing a file: where the work goes and why. */
    public record Sluiting(String uitkomst, String reden) {}
}
