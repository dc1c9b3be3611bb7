package nl.schakel.crisisdossier.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.schakel.crisisdossier.domein.Bronnen;
import nl.schakel.crisisdossier.domein.Crisisbewaartermijn;
import nl.schakel.gedeeld.persistentie.Tijdstipkolom;
import nl.schakel.gedeeld.persistentie.Uuidkolom;
import nl.schakel.partners.toepassing.PartnerRegister;
import nl.schakel.toegang.domein.Brontype;
import nl.schakel.toegang.domein.bewaren.Bewaartermijnen;
import nl.schakel.toegang.domein.bewaren.Vernietigingskalender;
import nl.schakel.toegang.toepassing.vernietiging.Bewaarplichten;
import nl.schakel.toegang.toepassing.vernietiging.Klokstarten;

/**
 * Retention of the crisis files (issue 15): reads the closed files with their entries, gives each its destruction date
 * ({@link Crisisbewaartermijn}) and destroys through the owner's function {@code crisisdossier.vernietig}. The clock
 * starts at afsluiting: the file's closure ({@code gesloten_op}), for the file and every entry in it. An owner's type
 * is its type in the partner register, as the access core names owners in grants and in {@code bewaartermijnen.json}.
 * Shared by the file's {@code Bewaarbron} and those of its entries.
 */
@ApplicationScoped
public class Crisisbewaring {

    private static final Logger LOG = Logger.getLogger(Crisisbewaring.class.getName());
    private static final Set<String> BRONTYPEN = Bronnen.ALLE.stream().map(Brontype::naam).collect(Collectors.toSet());

    /** The entries of the files the filter {@code d} selects: type, id, file, owner's code. */
    private static final String INVOER = "select 'AANTEKENING', a.id, a.crisisdossier_id, a.organisatie_code from crisisdossier.aantekening a "
            + "join d on d.id = a.crisisdossier_id "
            + "union all select 'TAAK', t.id, t.crisisdossier_id, t.organisatie_code from crisisdossier.taak t join d on d.id = t.crisisdossier_id "
            + "union all select 'SCREENINGSVERZOEK', s.id, s.crisisdossier_id, s.aangevraagd_door from crisisdossier.screeningsverzoek s "
            + "join d on d.id = s.crisisdossier_id";

    @PersistenceContext(unitName = "crisisdossier")
    EntityManager em;

    @Inject
    Vernietigingskalender kalender;

    @Inject
    Bewaartermijnen termijnen;

    @Inject
    PartnerRegister partners;

    @Inject
    Bewaarplichten bewaarplichten;

    /** The dates of one file; empty while it is open (its clock has not started) or when it does not exist. */
    public Optional<Crisisbewaartermijn> termijn(UUID dossier) {
        return lees("d.id = ?", dossier).stream().findFirst();
    }

    /** The destruction date shown in the API: when the file goes with all that is still in it; empty while open. */
    public Optional<LocalDate> vernietigingsdatum(UUID dossier) {
        return termijn(dossier).map(Crisisbewaartermijn::vernietigingsdatum);
    }

    /**
     * Every closed file whose shortest rule may have run out by {@code peildatum} (a cut-off a little late in SQL, the
     * exact dates from the calendar). A file whose owner or an entry's owner has no rule, or is unknown in the partner
     * register, is left out and named in the log: it is kept rather than destroyed by a guess.
     */
    public List<Crisisbewaartermijn> afgesloten(LocalDate peildatum) {
        int kortste = termijnen.regels().stream().filter(r -> BRONTYPEN.contains(r.brontype()))
                .mapToInt(r -> r.termijn().inMaanden()).min().orElseThrow(() -> new IllegalStateException("geen bewaarregel voor het crisisdossier"));
        return lees("d.gesloten_op < ?", Klokstarten.ruimeGrens(peildatum, kortste));
    }

    public boolean bestaat(UUID dossier) {
        return !em.createNativeQuery("select 1 from crisisdossier.crisisdossier where id = ?").setParameter(1, dossier).getResultList().isEmpty();
    }

    /** Whether a legal hold stands on this resource of the flow. */
    public boolean isVastgehouden(String brontype, UUID id) {
        return bewaarplichten.staatOp(brontype, id);
    }

    /** The file an entry of this type stands in; empty when the entry does not exist (any more). */
    public Optional<UUID> dossierVan(String brontype, UUID id) {
        String tabel = switch (brontype) {
            case "AANTEKENING" -> "aantekening";
            case "TAAK" -> "taak";
            case "SCREENINGSVERZOEK" -> "screeningsverzoek";
            default -> throw new IllegalArgumentException("geen invoer van het crisisdossier: " + brontype);
        };
        return em.createNativeQuery("select crisisdossier_id from crisisdossier." + tabel + " where id = ?").setParameter(1, id)
                .getResultList().stream().findFirst().map(Uuidkolom::uit);
    }

    /**
     * Deletes the resource through the owner's function, which refuses (42501) anything not on an approved list, destroyed
     * already or under a legal hold: the runtime role has no delete of its own on these tables.
     */
    public boolean vernietig(String brontype, UUID id) {
        em.clear();
        return Boolean.TRUE.equals(em.createNativeQuery("select crisisdossier.vernietig(?, ?)").setParameter(1, brontype)
                .setParameter(2, id).getSingleResult());
    }

    @SuppressWarnings("unchecked")
    private List<Crisisbewaartermijn> lees(String filter, Object waarde) {
        String d = "with d as (select id, initiatiefnemer, gesloten_op from crisisdossier.crisisdossier d where d.status = 'GESLOTEN' and "
                + filter + ") ";
        List<Object[]> dossiers = em.createNativeQuery(d + "select id, initiatiefnemer, gesloten_op from d order by gesloten_op, id")
                .setParameter(1, waarde).getResultList();
        if (dossiers.isEmpty()) {
            return List.of();
        }
        Query invoerVraag = em.createNativeQuery(d + INVOER).setParameter(1, waarde);
        Map<UUID, List<Object[]>> invoerPerDossier = new LinkedHashMap<>();
        for (Object[] rij : (List<Object[]>) invoerVraag.getResultList()) {
            invoerPerDossier.computeIfAbsent(Uuidkolom.uit(rij[2]), k -> new ArrayList<>()).add(rij);
        }
        Map<String, Optional<String>> typen = new HashMap<>();
        List<Crisisbewaartermijn> uit = new ArrayList<>();
        for (Object[] rij : dossiers) {
            UUID id = Uuidkolom.uit(rij[0]);
            try {
                List<Crisisbewaartermijn.Invoer> invoer = invoerPerDossier.getOrDefault(id, List.of()).stream()
                        .map(i -> new Crisisbewaartermijn.Invoer((String) i[0], Uuidkolom.uit(i[1]), (String) i[3], type((String) i[3], typen)))
                        .toList();
                String eigenaar = (String) rij[1];
                uit.add(Crisisbewaartermijn.bereken(kalender, id, eigenaar, type(eigenaar, typen), Tijdstipkolom.uit(rij[2]), invoer));
            } catch (IllegalArgumentException | IllegalStateException e) {
                LOG.log(Level.WARNING, "crisisdossier " + id + " blijft bewaard: " + e.getMessage());
            }
        }
        return uit;
    }

    private String type(String organisatie, Map<String, Optional<String>> typen) {
        return typen.computeIfAbsent(organisatie, code -> partners.organisatieMetCode(code).map(o -> o.type().name()))
                .orElseThrow(() -> new IllegalStateException("organisatie " + organisatie + " staat niet in het partnerregister"));
    }
}
