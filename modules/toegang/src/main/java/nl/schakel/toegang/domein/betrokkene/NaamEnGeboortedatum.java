package nl.schakel.toegang.domein.betrokkene;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A person as a name and a date of birth, for recognising someone without a BSN (the bekendheidscheck). Only its
 * normalised form is ever hashed ({@link Bsnsleutel#naamkenmerken}); the name itself is not stored by the registry.
 * <p>
 * Normalised, so that the spellings professionals actually type meet: lower case; accents and ligatures dropped
 * ("Çağlar" → "caglar", "ß" → "ss"); spaces, hyphens, apostrophes and dots not counted ("Jansen-de Vries" and
 * "jansen de vries" are one name); the leading Dutch voorvoegsels of the family name left out ("van der Berg",
 * "Berg", "v.d. Berg" are one name, as the BRP sorts on the geslachtsnaam without voorvoegsel); of the first names only
 * the first ("Anne-Marie Sophie" → "annemarie"). The date is the ISO date.
 *
 * @param voornaam may be null or blank: then only family name and date count
 */
public record NaamEnGeboortedatum(String achternaam, String voornaam, LocalDate geboortedatum) {

    /** Words that begin a Dutch (or neighbouring) family name without being it; compared after normalisation. */
    private static final Set<String> VOORVOEGSELS = Set.of("van", "de", "der", "den", "het", "t", "ter", "ten", "te", "in",
            "op", "aan", "onder", "over", "uit", "bij", "vd", "v", "d", "l", "la", "le", "du", "da", "di", "des", "del",
            "von", "vom", "zu", "zum");

    public NaamEnGeboortedatum {
        if (geboortedatum == null) {
            throw new IllegalArgumentException("Een geboortedatum is nodig.");
        }
        if (woorden(achternaam).isEmpty()) {
            throw new IllegalArgumentException("Een achternaam met ten minste één letter is nodig.");
        }
    }

    /** Whether these values make a usable name and date (the check a boundary makes before constructing one). */
    public static boolean isBruikbaar(String achternaam, LocalDate geboortedatum) {
        return geboortedatum != null && !woorden(achternaam).isEmpty();
    }

    /** The family name without voorvoegsels, letters and digits only: "van der Berg-Jansen" → "bergjansen". */
    public String normaleAchternaam() {
        List<String> woorden = new ArrayList<>(woorden(achternaam));
        while (woorden.size() > 1 && VOORVOEGSELS.contains(woorden.get(0))) {
            woorden.remove(0);
        }
        return String.join("", woorden);
    }

    /** The first of the first names, letters and digits only; empty without one. */
    public Optional<String> normaleVoornaam() {
        if (voornaam == null || voornaam.isBlank()) {
            return Optional.empty();
        }
        String eerste = voornaam.strip().split("\\s+")[0];
        String normaal = String.join("", woorden(eerste));
        return normaal.isEmpty() ? Optional.empty() : Optional.of(normaal);
    }

    /** The text of the kenmerk on family name and date: what a question without a first name matches on. */
    String tekstZonderVoornaam() {
        return "achternaam-geboortedatum/1|" + normaleAchternaam() + "|" + geboortedatum;
    }

    /** The text of the kenmerk with the first name too, when there is one. */
    Optional<String> tekstMetVoornaam() {
        return normaleVoornaam().map(v -> "achternaam-voornaam-geboortedatum/1|" + normaleAchternaam() + "|" + v + "|" + geboortedatum);
    }

    /** Lower case, no accents, separators as spaces, split into words of letters and digits. */
    static List<String> woorden(String tekst) {
        if (tekst == null) {
            return List.of();
        }
        String zonderAccenten = Normalizer.normalize(tekst, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String klein = zonderAccenten.toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("ł", "l")
                .replace("đ", "d").replace("ı", "i");
        return Arrays.stream(klein.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Never the name or date in logs or exception texts. */
    @Override
    public String toString() {
        return "NaamEnGeboortedatum[****]";
    }
}
