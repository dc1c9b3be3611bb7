package nl.schakel.casusoverleg.infrastructuur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.schakel.gedeeld.sql.SqlPredicaat;
import nl.schakel.gedeeld.sql.Sqlopbouw;
import nl.schakel.gedeeld.persistentie.Uuidkolom;

/**
 * The counts of "Mijn werk" in SQL, each over the caller's access filter (the same as the list behind it): numbers and
 * dates only, never a row of case content.
 */
@ApplicationScoped
public class WerkvoorraadRepository {

    @PersistenceContext(unitName = "casusoverleg")
    EntityManager em;

    protected WerkvoorraadRepository() {}

    /** Outside a container (tests, tools): with an EntityManager whose transaction the caller runs. */
    public WerkvoorraadRepository(EntityManager em) {
        this.em = em;
    }

    /** The submission moment and table of each submitted aanmelding the filter opens: the triage terms are computed from them. */
    public List<Ingediend> ingediend(SqlPredicaat toegang) {
        List<Ingediend> rijen = new ArrayList<>();
        for (Object rij : Sqlopbouw.met("select a.ingediend_op, a.overlegtafel_id from casusoverleg.aanmelding a where (", toegang,
                ") and a.status = 'INGEDIEND'").query(em, null).getResultList()) {
            Object[] kolommen = (Object[]) rij;
            rijen.add(new Ingediend(GeheimhoudingRepository.tijdstip(kolommen[0]), Uuidkolom.uit(kolommen[1])));
        }
        return rijen;
    }

    /** The caller's organisation's own aanmeldingen waiting in triage or for its answer: {totaal, aanvulling gevraagd}. */
    public long[] eigenAanmeldingen(SqlPredicaat toegang, String organisatie) {
        Object[] rij = (Object[]) Sqlopbouw.met("select count(*), count(*) filter (where a.status = 'AANVULLING_GEVRAAGD')"
                + " from casusoverleg.aanmelding a where (", toegang, ") and a.aanmeldende_organisatie = ?"
                + " and a.status in ('INGEDIEND', 'AANVULLING_GEVRAAGD')").voegToe("", organisatie).query(em, null).getSingleResult();
        return new long[] {getal(rij[0]), getal(rij[1])};
    }

    /**
     * Open items of meetings today or later to which the organisation is invited (a running invitation of its own) and
     * where it has not shared its inbreng yet.
     */
    public long inbrengGevraagd(SqlPredicaat toegang, String organisatie, LocalDate vandaag, Instant nu) {
        return getal(Sqlopbouw.met("select count(*) from casusoverleg.agendapunt a join casusoverleg.overleg o on o.id = a.overleg_id"
                + " where (", toegang, ")").voegToe(" and a.status = 'OPEN' and o.datum >= ?", vandaag)
                .voegToe(" and exists (select 1 from casusoverleg.uitnodiging u where u.agendapunt_id = a.id and u.organisatie_code = ?"
                        + " and u.beeindigd_op is null and u.geldig_tot > ?)", organisatie, nu.atOffset(java.time.ZoneOffset.UTC))
                .voegToe(" and not exists (select 1 from casusoverleg.inbreng i where i.agendapunt_id = a.id"
                        + " and i.organisatie_code = ? and i.status = 'GEDEELD')", organisatie)
                .query(em, null).getSingleResult());
    }

    /** The organisation's open actions: {totaal, verlopen}. */
    public long[] openActies(SqlPredicaat toegang, String organisatie, LocalDate vandaag) {
        Object[] rij = (Object[]) new Sqlopbouw("select count(*), count(*) filter (where x.uiterlijk < ?) from casusoverleg.actie x"
                + " where (", List.of(vandaag)).voegToe(toegang.sql(), toegang.parameters().toArray())
                .voegToe(") and x.eigenaar_organisatie = ? and x.status = 'OPEN'", organisatie).query(em, null).getSingleResult();
        return new long[] {getal(rij[0]), getal(rij[1])};
    }

    /** Meetings today or later the filter opens. */
    public long geplandeOverleggen(SqlPredicaat toegang, LocalDate vandaag) {
        return getal(Sqlopbouw.met("select count(*) from casusoverleg.overleg o where (", toegang, ")")
                .voegToe(" and o.datum >= ?", vandaag).query(em, null).getSingleResult());
    }

    private static long getal(Object waarde) {
        return ((Number) waarde).longValue();
    }

    /** A submitted aanmelding as far as its triage term needs it. */
    public record Ingediend(Instant ingediendOp, UUID overlegtafel) {}
}
