package nl.schakel.gedeeld.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A boolean SQL expression a caller adds to a search of a context's own tables; each {@code ?} takes the next value of
 * {@code parameters}. This is how the access filter (grants in schema {@code toegang}) is applied in SQL, e.g.
 *
 * <pre>
 * exists (select 1 from toegang.toegang t
 *          where t.bron_type = ? and t.bron_id = x.id and t.organisatie_code = ?
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

    /**
     * {@code sql} with its {@code ?} numbered {@code ?1 … ?n}: EclipseLink binds numbered positions reliably in native
     * queries, plain {@code ?} not always. Bind value {@code i} (from 0) at position {@code i + 1}.
     */
    public static String genummerd(CharSequence sql) {
        StringBuilder genummerd = new StringBuilder(sql.length() + 16);
        int nummer = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            genummerd.append(c);
            if (c == '?') {
                genummerd.append(++nummer);
            }
        }
        return genummerd.toString();
    }
}
