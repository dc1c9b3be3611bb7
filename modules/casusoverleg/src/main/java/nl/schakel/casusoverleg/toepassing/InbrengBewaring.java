package nl.schakel.casusoverleg.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Bronnen;
import nl.schakel.casusoverleg.domein.Inbreng;
import nl.schakel.gedeeld.persistentie.Tijdstipkolom;
import nl.schakel.gedeeld.persistentie.Uuidkolom;
import nl.schakel.partners.domein.Organisatie;
import nl.schakel.partners.toepassing.PartnerRegister;
import nl.schakel.toegang.domein.bewaren.Bewaarregel;
import nl.schakel.toegang.domein.bewaren.Bewaartermijnen;
import nl.schakel.toegang.domein.bewaren.Vernietigbaar;
import nl.schakel.toegang.domein.bewaren.Vernietigingskalender;
import nl.schakel.toegang.toepassing.vernietiging.Bewaarbron;
import nl.schakel.toegang.toepassing.vernietiging.Bewaarplichten;
import nl.schakel.toegang.toepassing.vernietiging.Klokstarten;

/**
 * Retention of a partner's inbreng: its owner's own rule (INBRENG per owner type in {@code bewaartermijnen.json}: Veilig
 * Thuis, wijkteam, Raad and jeugdbescherming twenty years, police, OM and reclassering five, the Zorg- en
 * Veiligheidshuis twelve months), from the afschaling of its case. While the shared copy exists that is the aanmelding's
 * {@code afgeschaald_op}; once the copy is destroyed and the inbreng moved out, the moment stored on it. The owner type
 * is the organisation's type in the partner register; an organisation whose type has no INBRENG rule is never proposed
 * (no rule is never "destroy now"; the start check of the rules names what is missing). A legal hold on the case holds
 * every inbreng still on its items.
 */
@ApplicationScoped
public class InbrengBewaring implements Bewaarbron {

    private static final String KLOKSTART = "select i.id, i.organisatie_code, coalesce(i.afschaling_op, a.afgeschaald_op) as klokstart, "
            + "a.id as aanmelding_id from casusoverleg.inbreng i left join casusoverleg.agendapunt p on p.id = i.agendapunt_id "
            + "left join casusoverleg.aanmelding a on a.id = p.aanmelding_id where i.afschaling_op is not null or a.status = 'AFGESCHAALD'";

    @PersistenceContext(unitName = "casusoverleg")
    EntityManager em;

    @Inject
    Vernietigingskalender kalender;

    @Inject
    Bewaartermijnen termijnen;

    @Inject
    PartnerRegister partners;

    @Inject
    Bewaarplichten bewaarplichten;

    @Override
    public String brontype() {
        return Bronnen.INBRENG.naam();
    }

    /** The destruction date by the owner's rule, shown in the API; empty before afschaling or without a rule. */
    public Optional<LocalDate> vernietigingsdatum(Inbreng inbreng) {
        return klokstart(inbreng.id()).flatMap(start -> eigenaartype(inbreng.organisatieCode())
                .map(type -> kalender.vernietigingsdatum(brontype(), type, start)));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Vernietigbaar> verschuldigd(LocalDate peildatum) {
        // the shortest INBRENG term as a cut-off in SQL, a little late; each owner's exact date from the calendar below
        int kortste = termijnen.regels().stream().filter(r -> r.brontype().equals(brontype())).mapToInt(r -> r.termijn().inMaanden())
                .min().orElseThrow();
        List<Object[]> rijen = em.createNativeQuery("select * from (" + KLOKSTART + ") k where k.klokstart < ? order by k.klokstart, k.id")
                .setParameter(1, Klokstarten.ruimeGrens(peildatum, kortste)).getResultList();
        Map<String, Optional<String>> typen = new HashMap<>();
        List<Vernietigbaar> due = new ArrayList<>();
        for (Object[] rij : rijen) {
            String eigenaar = (String) rij[1];
            Optional<String> type = typen.computeIfAbsent(eigenaar, this::eigenaartype);
            if (type.isEmpty() || (rij[3] != null && bewaarplichten.staatOp(Bronnen.AANMELDING.naam(), Uuidkolom.uit(rij[3])))) {
                continue;
            }
            Instant start = Tijdstipkolom.uit(rij[2]);
            LocalDate datum = kalender.vernietigingsdatum(brontype(), type.get(), start);
            if (!datum.isAfter(peildatum)) {
                due.add(new Vernietigbaar(brontype(), Uuidkolom.uit(rij[0]), eigenaar, type.get(), start, datum));
            }
        }
        return due;
    }

    @Override
    public boolean vernietig(UUID id, LocalDate peildatum) {
        Inbreng inbreng = em.find(Inbreng.class, id);
        if (inbreng == null) {
            // destroyed with the shared copy of its case, earlier in the same list
            return false;
        }
        if (vernietigingsdatum(inbreng).filter(datum -> !datum.isAfter(peildatum)).isEmpty()) {
            throw new IllegalStateException("inbreng " + id + " is niet (meer) aan vernietiging toe");
        }
        em.clear();
        // the runtime role cannot delete these rows; the owner's function does, only for an item of an approved list
        return Boolean.TRUE.equals(em.createNativeQuery("select casusoverleg.vernietig_inbreng(?)").setParameter(1, id).getSingleResult());
    }

    private Optional<Instant> klokstart(UUID id) {
        List<?> rij = em.createNativeQuery("select k.klokstart from (" + KLOKSTART + ") k where k.id = ?").setParameter(1, id).getResultList();
        return rij.isEmpty() || rij.get(0) == null ? Optional.empty() : Optional.of(Tijdstipkolom.uit(rij.get(0)));
    }

    /** The owner's type as the rules name it, when the register knows the organisation and the rules have one for it. */
    private Optional<String> eigenaartype(String organisatie) {
        return partners.organisatieMetCode(organisatie).map(Organisatie::type).map(Enum::name)
                .filter(type -> termijnen.regel(brontype(), type).map(Bewaarregel::brontype).isPresent());
    }
}
