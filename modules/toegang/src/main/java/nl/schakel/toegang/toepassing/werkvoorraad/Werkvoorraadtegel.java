package nl.schakel.toegang.toepassing.werkvoorraad;

import java.util.Objects;

/**
 * One count on "Mijn werk".
 *
 * @param stroom the flow it belongs to ({@code overdracht}, {@code casusoverleg}, {@code crisisdossier}); the page
 *        groups tiles by it
 * @param code stable name of the count within the flow (e.g. {@code inbreng-gevraagd}); tests and the UI key on it
 * @param titel what is counted, in Dutch, for people ("Agendapunten die op uw inbreng wachten")
 * @param aantal how many
 * @param vraagtAandacht true when something is overdue or past a deadline: the page marks the tile
 * @param scherm the UI route that lists exactly what was counted (a hash route such as {@code #/inbox?status=NIEUW});
 *        never personal data in it
 */
public record Werkvoorraadtegel(String stroom, String code, String titel, long aantal, boolean vraagtAandacht,
        String scherm) {

    public Werkvoorraadtegel {
        Objects.requireNonNull(stroom, "stroom");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(titel, "titel");
        Objects.requireNonNull(scherm, "scherm");
        if (aantal < 0) {
            throw new IllegalArgumentException("aantal kan niet negatief zijn: " + aantal);
        }
    }
}
