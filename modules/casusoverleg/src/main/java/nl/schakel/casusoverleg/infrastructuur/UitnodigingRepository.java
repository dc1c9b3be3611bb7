package nl.schakel.casusoverleg.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Uitnodiging;

/** Who is invited to which agenda item. */
@ApplicationScoped
public class UitnodigingRepository {

    @PersistenceContext(unitName = "casusoverleg")
    EntityManager em;

    protected UitnodigingRepository() {}

    /** Outside a container (tests, tools): with an EntityManager whose transaction the caller runs. */
    public UitnodigingRepository(EntityManager em) {
        this.em = em;
    }

    public void voegToe(Uitnodiging uitnodiging) {
        em.persist(uitnodiging);
        em.flush();
    }

    /** In the order they were sent. */
    public List<Uitnodiging> van(UUID agendapuntId) {
        return em.createQuery("select u from Uitnodiging u where u.agendapuntId = :id order by u.uitgenodigdOp", Uitnodiging.class)
                .setParameter("id", agendapuntId).getResultList();
    }

    /**
     * The invitations to every item of a meeting, ended ones included, in one query (not one per item): by the items'
     * agenda order, then in the order they were sent.
     */
    public List<Uitnodiging> vanOverleg(UUID overlegId) {
        return em.createQuery("select u from Uitnodiging u, Agendapunt a where a.id = u.agendapuntId and a.overlegId = :id"
                + " order by a.volgnummer, u.uitgenodigdOp", Uitnodiging.class)
                .setParameter("id", overlegId).getResultList();
    }

    public Optional<Uitnodiging> van(UUID agendapuntId, String organisatieCode) {
        return em.createQuery("select u from Uitnodiging u where u.agendapuntId = :id and u.organisatieCode = :code", Uitnodiging.class)
                .setParameter("id", agendapuntId).setParameter("code", organisatieCode).getResultStream().findFirst();
    }
}
