package nl.schakel.toegang.infrastructuur;

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
 * database and never after fetching. {@link #sql(String)} takes the column holding the resource id.
 */
public record Zichtbaarheid(String bronType, Medewerker medewerker, Set<ToegangReden> redenen, Instant nu) {

    public String sql(String idKolom) {
        return "exists (select 1 from toegang.toegang t where t.bron_type = ? and t.bron_id = " + idKolom + " and "
                + ToegangRepository.LEVEND + " and t.reden in ("
                + redenen.stream().map(r -> "?").collect(Collectors.joining(", ")) + "))";
    }

    /**
     * The values of {@link #sql(String)}'s placeholders in order, for callers that bind through JPA rather
     * than a PreparedStatement (e.g. the overdracht search's {@code SqlPredicaat}).
     */
    public List<Object> parameters() {
        List<Object> waarden = new ArrayList<>();
        waarden.add(bronType);
        waarden.add(medewerker.organisatieCode().orElse(""));
        waarden.add(medewerker.team().orElse(""));
        waarden.add(medewerker.id());
        waarden.add(nu.atOffset(ZoneOffset.UTC));
        waarden.add(nu.atOffset(ZoneOffset.UTC));
        redenen.stream().sorted().forEach(reden -> waarden.add(reden.name()));
        return waarden;
    }

    /** Binds the predicate's parameters from {@code vanaf}; returns the next free index. */
    public int bind(PreparedStatement s, int vanaf) throws SQLException {
        s.setString(vanaf, bronType);
        int volgende = ToegangRepository.zetLevend(s, vanaf + 1, medewerker, nu);
        for (ToegangReden reden : redenen.stream().sorted().toList()) {
            s.setString(volgende++, reden.name());
        }
        return volgende;
    }
}
