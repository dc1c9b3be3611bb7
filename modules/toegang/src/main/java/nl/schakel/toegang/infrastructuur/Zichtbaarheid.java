package nl.schakel.toegang.infrastructuur;

import nl.schakel.toegang.domein.Afbakening;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.ToegangReden;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "What may X list", as an SQL predicate a search adds to its own query, so lists are filtered in the
 * database and never after fetching. {@link #sql(String, String...)} takes the column holding the resource id and,
 * for a type inside another, the columns holding the ids of its parents (nearest first): a grant on a parent
 * lists its children as the gate lets it open them (a meeting's owner lists all its agenda items, an invitee only
 * its own item).
 *
 * @param ouderTypen the types of the parents, nearest first; empty for a type without a parent
 */
public record Zichtbaarheid(String bronType, Medewerker medewerker, Set<ToegangReden> redenen, Instant nu, List<String> ouderTypen) {

    public Zichtbaarheid {
        ouderTypen = List.copyOf(ouderTypen);
    }

    /** For a type without a parent. */
    public Zichtbaarheid(String bronType, Medewerker medewerker, Set<ToegangReden> redenen, Instant nu) {
        this(bronType, medewerker, redenen, nu, List.of());
    }

    /**
     * The predicate over {@code idKolom}, and over one column per parent type, nearest first. Refuses a wrong number
     * of parent columns: a list that forgot the parent would hide what its owners may see, one that named too many
     * would compare ids of the wrong type.
     */
    public String sql(String idKolom, String... ouderKolommen) {
        if (ouderKolommen.length != ouderTypen.size()) {
            throw new IllegalArgumentException("Een " + bronType + " heeft " + ouderTypen.size() + " ouder(s) "
                    + ouderTypen + "; er zijn " + ouderKolommen.length + " kolommen genoemd.");
        }
        List<String> bronnen = new ArrayList<>();
        bronnen.add("(t.bron_type = ? and t.bron_id = " + idKolom + ")");
        for (String kolom : ouderKolommen) {
            bronnen.add("(t.bron_type = ? and t.bron_id = " + kolom + ")");
        }
        return "exists (select 1 from toegang.toegang t where (" + String.join(" or ", bronnen) + ") and "
                + ToegangRepository.LEVEND + " and t.reden in ("
                + redenen.stream().map(r -> "?").collect(Collectors.joining(", ")) + "))";
    }

    /**
     * The predicate for a search on a field of {@code categorie} (a name, for instance), for a type without a parent:
     * only grants that include that category count, so a search never finds a row by data its grant does not show.
     * Its values are {@link #parameters()} followed by the category's pattern ({@link #categoriepatroon}).
     */
    public String sqlMetCategorie(String idKolom) {
        String zonder = sql(idKolom);
        return zonder.substring(0, zonder.length() - 1) + " and (',' || t.categorieen || ',') like ?)";
    }

    /** The value of {@link #sqlMetCategorie}'s last placeholder: categories are stored comma-separated. */
    public static String categoriepatroon(Gegevenscategorie categorie) {
        return "%," + categorie.name() + ",%";
    }

    /**
     * The values of {@link #sql(String, String...)}'s placeholders in order, for callers that bind through JPA rather
     * than a PreparedStatement (e.g. the overdracht search's {@code SqlPredicaat}).
     */
    public List<Object> parameters() {
        List<Object> waarden = new ArrayList<>();
        waarden.add(bronType);
        waarden.addAll(ouderTypen);
        waarden.add(medewerker.organisatieCode().orElse(""));
        waarden.add(medewerker.team().orElse(""));
        waarden.add(medewerker.id());
        waarden.add(Afbakening.gebruikersnaamVan(medewerker));
        waarden.add(nu.atOffset(ZoneOffset.UTC));
        waarden.add(nu.atOffset(ZoneOffset.UTC));
        redenen.stream().sorted().forEach(reden -> waarden.add(reden.name()));
        return waarden;
    }

    /** Binds the predicate's parameters from {@code vanaf}; returns the next free index. */
    public int bind(PreparedStatement s, int vanaf) throws SQLException {
        int volgende = vanaf;
        s.setString(volgende++, bronType);
        for (String ouderType : ouderTypen) {
            s.setString(volgende++, ouderType);
        }
        volgende = ToegangRepository.zetLevend(s, volgende, medewerker, nu);
        for (ToegangReden reden : redenen.stream().sorted().toList()) {
            s.setString(volgende++, reden.name());
        }
        return volgende;
    }
}
