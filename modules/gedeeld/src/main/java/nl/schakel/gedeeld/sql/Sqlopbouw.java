package nl.schakel.gedeeld.sql;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * A native query built in pieces, each with its values: the text keeps plain {@code ?} placeholders (so an access
 * filter's {@link SqlPredicaat} can be pasted in as it is) and is numbered {@code ?1 … ?n} only when the query is made,
 * for EclipseLink. Values are always bound, never pasted into the text.
 */
public final class Sqlopbouw {

    private final StringBuilder tekst;
    private final List<Object> waarden;

    public Sqlopbouw(String begin, List<Object> waarden) {
        this.tekst = new StringBuilder(begin);
        this.waarden = new ArrayList<>(waarden);
    }

    /** Starts with an access filter's predicate already in place: {@code begin} ends where the predicate goes. */
    public static Sqlopbouw met(String begin, SqlPredicaat predicaat, String daarna) {
        return new Sqlopbouw(begin + predicaat.sql() + daarna, predicaat.parameters());
    }

    public Sqlopbouw voegToe(String deel, Object... nieuweWaarden) {
        tekst.append(deel);
        waarden.addAll(List.of(nieuweWaarden));
        return this;
    }

    /** The query, typed to {@code type} when given, with every value bound at its number. */
    public Query query(EntityManager em, Class<?> type) {
        String genummerd = SqlPredicaat.genummerd(tekst);
        Query query = type == null ? em.createNativeQuery(genummerd) : em.createNativeQuery(genummerd, type);
        for (int i = 0; i < waarden.size(); i++) {
            query.setParameter(i + 1, waarden.get(i));
        }
        return query;
    }
}
