package nl.schakel.web.crisisdossier;

/** The small bodies of flow 3's steps. */
final class CrisisInvoerJson {

    private CrisisInvoerJson() {}

    /** Closing a file: where the work goes and why. */
    public record Sluiting(String uitkomst, String reden) {}

    /** Recording the SOF7 investigation as done: its conclusion in a sentence or two (≤ 2000). */
    public record Sof7Afronding(String conclusie) {}
}
