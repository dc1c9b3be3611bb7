package nl.schakel.overdracht.infrastructuur;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import nl.schakel.gedeeld.sql.SqlPredicaat;
import nl.schakel.overdracht.toepassing.ZoekVraag;

/**
 * The search as native SQL: a native query because the caller's access filter refers to tables outside this
 * persistence unit ({@code toegang.toegang}), which JPQL cannot name. Values are always bound, never pasted;
 * the order (laatst_gewijzigd desc, id desc) matches the inbox and sender indexes.
 */
final class ZoekSql {

    private final StringBuilder sql = new StringBuilder(
            "select o.* from overdracht.overdracht o where (");
    private final List<Object> parameters = new ArrayList<>();

    private ZoekSql() {}

    /** One row more than the page size: that row only tells whether a next page exists. */
    static ZoekSql voor(ZoekVraag vraag) {
        ZoekSql zoek = new ZoekSql();
        zoek.sql.append(vraag.toegang().sql()).append(')');
        zoek.parameters.addAll(vraag.toegang().parameters());
        if (!vraag.statussen().isEmpty()) {
            StringJoiner in = new StringJoiner(", ", " and o.status in (", ")");
            vraag.statussen().stream().sorted().forEach(status -> {
                in.add("?");
                zoek.parameters.add(status.name());
            });
            zoek.sql.append(in);
        }
        vraag.ontvangendeOrganisatie().ifPresent(code -> zoek.voegToe(" and o.ontvangende_organisatie = ?", code));
        vraag.eigenaarOrganisatie().ifPresent(code -> zoek.voegToe(" and o.eigenaar_organisatie = ?", code));
        vraag.gewijzigdNa().ifPresent(na -> zoek.voegToe(" and o.laatst_gewijzigd > ?", na.atOffset(ZoneOffset.UTC)));
        vraag.ids().ifPresent(ids -> {
            StringJoiner in = new StringJoiner(", ", " and o.id in (", ")");
            for (UUID id : ids) {
                in.add("?");
                zoek.parameters.add(id);
            }
            zoek.sql.append(in);
        });
        vraag.naam().ifPresent(naam -> {
            // the name's own filter first: only rows whose grant shows names may match on a name
            zoek.sql.append(" and (").append(naam.toegang().sql()).append(')');
            zoek.parameters.addAll(naam.toegang().parameters());
            zoek.voegToe(" and exists (select 1 from jsonb_array_elements(o.inhoud -> 'betrokkenen') b"
                    + " where lower(b -> 'identiteit' ->> 'achternaam') like ? escape '\\')", naam.patroon());
        });
        vraag.positie().ifPresent(positie -> {
            zoek.sql.append(" and (o.laatst_gewijzigd, o.id) < (?, ?)");
            zoek.parameters.add(positie.laatstGewijzigd().atOffset(ZoneOffset.UTC));
            zoek.parameters.add(positie.id());
        });
        zoek.sql.append(" order by o.laatst_gewijzigd desc, o.id desc limit ?");
        zoek.parameters.add(vraag.grootte() + 1);
        return zoek;
    }

    private void voegToe(String voorwaarde, Object waarde) {
        sql.append(voorwaarde);
        parameters.add(waarde);
    }

    /** The SQL with {@code ?1 … ?n}: EclipseLink binds numbered positions reliably in native queries. */
    String sql() {
        return SqlPredicaat.genummerd(sql);
    }

    List<Object> parameters() {
        return java.util.Collections.unmodifiableList(parameters);
    }

    static boolean vindtNiets(ZoekVraag vraag) {
        return vraag.ids().map(java.util.Set::isEmpty).orElse(false);
    }
}
