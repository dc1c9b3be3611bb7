package nl.schakel.partners.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.partners.domein.Gemeente;
import nl.schakel.partners.domein.Organisatie;
import nl.schakel.partners.domein.OrganisatieType;
import nl.schakel.partners.toepassing.OrganisatieZoekvraag;

/** JPA access to the partners schema. Searches filter and page in SQL, never after fetching. */
@ApplicationScoped
public class PartnerRepository {

    @PersistenceContext(unitName = "partners")
    EntityManager em;

    public List<Organisatie> zoek(OrganisatieZoekvraag vraag) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Organisatie> query = cb.createQuery(Organisatie.class);
        Root<Organisatie> organisatie = query.from(Organisatie.class);
        List<Predicate> filters = new ArrayList<>();
        vraag.code().ifPresent(code -> filters.add(cb.equal(organisatie.get("code"), code)));
        vraag.type().ifPresent(type -> filters.add(cb.equal(organisatie.get("type"), OrganisatieType.valueOf(type))));
        vraag.gemeente().ifPresent(gemeente -> filters.add(cb.isMember(gemeente, organisatie.get("gemeenten"))));
        vraag.naCode().ifPresent(na -> filters.add(cb.greaterThan(organisatie.get("code"), na)));
        query.select(organisatie).where(filters.toArray(Predicate[]::new)).orderBy(cb.asc(organisatie.get("code")));
        TypedQuery<Organisatie> typed = em.createQuery(query).setMaxResults(vraag.grootte() + 1);
        return typed.getResultList();
    }

    public Optional<Organisatie> organisatie(UUID id) {
        return Optional.ofNullable(em.find(Organisatie.class, id));
    }

    public Optional<Organisatie> organisatieMetCode(String code) {
        return em.createQuery("select o from Organisatie o where o.code = :code", Organisatie.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public List<Gemeente> gemeenten() {
        return em.createQuery("select g from Gemeente g order by g.naam", Gemeente.class).getResultList();
    }

    public void bewaar(Organisatie organisatie) {
        em.persist(organisatie);
        em.flush();
    }

    /** Flushes so that the new version number is known before the response is written. */
    public Organisatie bewaarWijziging(Organisatie organisatie) {
        em.flush();
        return organisatie;
    }
}
