package nl.schakel.gedeeld.invoer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.schakel.gedeeld.fout.SchakelFout;

/** ETag and If-Match handling: the ETag of a resource is its {@code versie} in quotes. */
public final class Versie {

    private static final Pattern ETAG = Pattern.compile("^\\s*(?:W/)?\"(\\d{1,9})\"\\s*$");

    private Versie() {}

    /** The version the caller last saw; a change without it is refused (428), garbage is refused too. */
    public static int uitIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new VoorwaardeVereistFout();
        }
        Matcher matcher = ETAG.matcher(ifMatch);
        if (!matcher.matches()) {
            throw new nl.schakel.gedeeld.fout.VersieConflictFout("API-412",
                    "If-Match moet de ETag van de laatst opgehaalde versie zijn, bijvoorbeeld \"3\".");
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** 428 Precondition Required. */
    public static final class VoorwaardeVereistFout extends SchakelFout {

        VoorwaardeVereistFout() {
            super("API-428", "Stuur If-Match met de ETag van de versie die u wijzigt, zodat geen wijziging verloren gaat.");
        }

        @Override
        public int status() {
            return 428;
        }

        @Override
        public String titel() {
            return "Versie ontbreekt";
        }
    }
}
