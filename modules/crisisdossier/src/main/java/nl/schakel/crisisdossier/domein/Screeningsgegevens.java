package nl.schakel.crisisdossier.domein;

import java.time.Instant;

/** What a partner's screen sends. */
public final class Screeningsgegevens {

    private Screeningsgegevens() {}

    /** A new request: which screening, the question (≤ 2000), and whether it is urgent. */
    public record Aanvraag(String soort, String vraag, Boolean spoed) {}

    /**
     * Filomena's status change: INGEPLAND with {@code gepland}, UITGEVOERD, or AFGEWEZEN with {@code reden} (≤ 1000).
     */
    public record Statuswijziging(String status, Instant gepland, String reden) {}
}
