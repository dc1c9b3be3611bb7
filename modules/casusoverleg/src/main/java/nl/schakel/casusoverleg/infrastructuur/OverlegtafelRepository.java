package nl.schakel.casusoverleg.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Overlegtafel;

/** The tables as configured by the migrations; read only. */
@ApplicationScoped
public class OverlegtafelRepository {

    @PersistenceContext(unitName = "casusoverleg")
    EntityManager em;

    protected OverlegtafelRepository() {}

    /** Outside a container (tests, tools): with an EntityManager whose transaction the caller runs. */
    public OverlegtafelRepository(EntityManager em) {
        this.em = em;
    }

    public List<Overlegtafel> alle() {
        return em.createQuery("select t from Overlegtafel t order by t.naam", Overlegtafel.class).getResultList();
    }

    public Optional<Overlegtafel> tafel(UUID id) {
        return Optional.ofNullable(em.find(Overlegtafel.class, id));
    }
}
