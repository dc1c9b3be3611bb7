package nl.schakel.casusoverleg.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Agendapunt;
import nl.schakel.gedeeld.sql.SqlPredicaat;
import nl.schakel.gedeeld.sql.Sqlopbouw;

/**
 * The items of one meeting that the caller's live grants open, in agenda order, filtered in SQL like the lists: the
 * owners' grant on the meeting opens all, an invitation opens its item alone. What the agenda PDF and the calendar
 * invitation are made of; nothing is read of the items the caller may not open.
 */
@ApplicationScoped
public class AgendauitvoerRepository {

    @PersistenceContext(unitName = "casusoverleg")
    EntityManager em;

    protected AgendauitvoerRepository() {}

    public AgendauitvoerRepository(EntityManager em) {
        this.em = em;
    }

    public List<Agendapunt> zichtbareAgenda(UUID overlegId, SqlPredicaat toegang) {
        Sqlopbouw sql = Sqlopbouw.met("select a.* from casusoverleg.agendapunt a where (", toegang, ")");
        sql.voegToe(" and a.overleg_id = ? order by a.volgnummer", overlegId);
        return sql.query(em, Agendapunt.class).getResultList();
    }
}
