package nl.schakel.gedeeld.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A boolean SQL expression the caller adds to the overdracht search, over the alias {@code o}
 * ({@code overdracht.overdracht}); each {@code ?} takes the next value of {@code parameters}. This is how the
 * access filter (grants in schema {@code toegang}) is applied in SQL, e.g.
 *
 * <pre>
 * exists (select 1 from toegang.toegang t
 *          where t.bron_type = 'OVERDRACHT' and t.bron_id = o.id and t.organisatie_code = ?
 *            and t.geldig_van &lt;= now() and (t.geldig_tot is null or t.geldig_tot &gt; now())
 *            and t.ingetrokken_op is null)
 * </pre>
 *
 * <p>The text is code, never input: put every value a user gave in {@code parameters}. No other {@code ?} may
 * appear in it (not even the jsonb operators {@code ?}, {@code ?|}, {@code ?&}).
 */
public record SqlPredicaat(String sql, List<Object> parameters) {

    /** For callers that already decided the whole result may be seen (migrations, tests, the privacy officer's tools). */
    public static final SqlPredicaat ZONDER_BEPERKING = new SqlPredicaat("true", List.of());

    public SqlPredicaat {
        Objects.requireNonNull(sql, "sql");
        parameters = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(parameters, "parameters")));
        long plaatsen = sql.chars().filter(c -> c == '?').count();
        if (plaatsen != parameters.size()) {
            throw new IllegalArgumentException(
                    "Het predicaat heeft " + plaatsen + " plaatshouders en " + parameters.size() + " waarden.");
        }
    }

    public static SqlPredicaat van(String sql, Object... parameters) {
        return new SqlPredicaat(sql, List.of(parameters));
    }
}
