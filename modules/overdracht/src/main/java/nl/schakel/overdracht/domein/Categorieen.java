package nl.schakel.overdracht.domein;

import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.schakel.toegang.domein.Gegevenscategorie;

/** The chosen categories as one column: their names, comma-separated, in the enum's order. */
final class Categorieen {

    /** Dates in the content (melding, birth) are Dutch calendar dates. */
    static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private Categorieen() {}

    static String alsTekst(Set<Gegevenscategorie> categorieen) {
        if (categorieen.isEmpty()) {
            return "";
        }
        return EnumSet.copyOf(categorieen).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<Gegevenscategorie> uitTekst(String tekst) {
        EnumSet<Gegevenscategorie> categorieen = EnumSet.noneOf(Gegevenscategorie.class);
        if (tekst != null && !tekst.isBlank()) {
            for (String naam : tekst.split(",")) {
                categorieen.add(Gegevenscategorie.valueOf(naam));
            }
        }
        return Collections.unmodifiableSet(categorieen);
    }
}
