package nl.schakel.toegang.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import nl.schakel.toegang.domein.betrokkene.Bsnkenmerk;
import nl.schakel.toegang.domein.betrokkene.Bsnsleutel;
import nl.schakel.toegang.domein.betrokkene.Herkenningsvraag;
import nl.schakel.toegang.domein.betrokkene.NaamEnGeboortedatum;
import nl.schakel.toegang.infrastructuur.BetrokkeneRepository;
import nl.schakel.toegang.infrastructuur.BetrokkeneRepository.Naamkoppeling;

/**
 * Betrokkenen with one identity across flows. Every flow asks here for the id of each person in what it stores, so
 * that the logboek rows (which carry these ids) answer "who accessed anything about this person" over every flow:
 * <ul>
 *   <li>with a BSN: the same BSN gives the same platform id, in any flow, also when two flows meet it at the same
 *       moment; the registry keeps only the BSN's keyed hash ({@link Bsnkenmerk}), the number stays in the flow;</li>
 *   <li>without a BSN: a new platform id, unless the flow passes one it already holds (a concept being edited) that
 *       is registered as a person without a BSN. An id tied to a BSN is reached through that BSN only: when a flow
 *       drops a (mistyped) BSN, its betrokkene must not stay linked to the person that number belongs to.</li>
 * </ul>
 * Registering is processing, so it happens in the flow's own transaction ({@link TxType#MANDATORY}): a change that
 * rolls back registers nobody.
 */
@ApplicationScoped
public class Betrokkenenregister {

    @Inject
    BetrokkeneRepository repository;

    @Inject
    Bsnsleutel sleutel;

    protected Betrokkenenregister() {}

    /** Outside a container (tests, tools): the caller runs the transaction. */
    public Betrokkenenregister(BetrokkeneRepository repository, Bsnsleutel sleutel) {
        this.repository = repository;
        this.sleutel = sleutel;
    }

    /** The platform id of each person asked for, in the order asked. */
    @Transactional(TxType.MANDATORY)
    public List<UUID> herken(List<Herkenningsvraag> vragen) {
        List<Optional<Bsnkenmerk>> kenmerken = vragen.stream().map(vraag -> vraag.bsn().map(sleutel::kenmerk)).toList();
        // new BSNs are inserted in kenmerk order: two transactions that meet the same new persons in a different order
        // then wait for each other instead of deadlocking on the unique index
        TreeMap<Bsnkenmerk, UUID> perKenmerk = new TreeMap<>();
        kenmerken.forEach(kenmerk -> kenmerk.ifPresent(k -> perKenmerk.put(k, null)));
        perKenmerk.replaceAll((kenmerk, geen) -> repository.metKenmerk(kenmerk));
        List<UUID> ids = new ArrayList<>(vragen.size());
        for (int i = 0; i < vragen.size(); i++) {
            Herkenningsvraag vraag = vragen.get(i);
            ids.add(kenmerken.get(i).map(perKenmerk::get).orElseGet(() -> zonderBsn(vraag)));
        }
        // the name kenmerken for the bekendheidscheck, in one fixed order (see BetrokkeneRepository)
        TreeSet<Naamkoppeling> namen = new TreeSet<>();
        for (int i = 0; i < vragen.size(); i++) {
            UUID id = ids.get(i);
            vragen.get(i).naam().ifPresent(naam -> sleutel.naamkenmerken(naam).forEach(k -> namen.add(new Naamkoppeling(k, id))));
        }
        repository.legNaamkenmerkenVast(namen);
        return ids;
    }

    @Transactional(TxType.MANDATORY)
    public UUID herken(Herkenningsvraag vraag) {
        return herken(List.of(vraag)).get(0);
    }

    /**
     * The platform id of the person with this BSN, if any flow ever registered one; registers nobody. For the privacy
     * officer and a data subject's inzage: from a BSN to the logboek rows about that person.
     */
    public Optional<UUID> zoek(String bsn) {
        return repository.zoek(sleutel.kenmerk(bsn));
    }

    /**
     * The platform ids of every person registered with this name and date of birth (with the first name when the
     * question gives one); registers nobody. Several people may share a name and a date: the bekendheidscheck then
     * answers for all of them, which errs towards "ask that organisation", never towards content.
     */
    public List<UUID> zoek(NaamEnGeboortedatum naam) {
        return repository.zoek(sleutel.naamkenmerk(naam));
    }

    private UUID zonderBsn(Herkenningsvraag vraag) {
        return vraag.gehouden().filter(repository::isZonderKenmerk).orElseGet(repository::nieuw);
    }
}
