package nl.schakel.web.crisisdossier;

/** The small bodies of flow 3's steps. */
final class CrisisInvoerJson {

    private CrisisInvoerJson() {}

    /** Closing a file: where the work goes and why. */
    public record Sluiting(String uitkomst, String reden) {}

    /** Recording the SOF7 investigation as done: its conclusion in a sentence or two (≤ 2000). */
    public record Sof7Afronding(String conclusie) {}

    /** Naming the DMFI casusregisseur. */
    public record Casusregie(Casusregisseur casusregisseur) {}

    /** The casusregisseur: a co-owner organisation's code, the professional's name, a work number if wanted. */
    public record Casusregisseur(String organisatie, String naam, String telefoon) {}

    /** Planning a DMFI review moment: when (date-time with offset) and on what. */
    public record Evaluatieplanning(String geplandOp, String onderwerp) {}

    /** Recording a review moment: GEHOUDEN or VERVALLEN, with a short note (required when cancelled). */
    public record Evaluatievastlegging(String uitkomst, String toelichting) {}
}
