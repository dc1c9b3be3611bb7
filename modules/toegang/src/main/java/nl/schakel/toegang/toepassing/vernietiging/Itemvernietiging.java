package nl.schakel.toegang.toepassing.vernietiging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Brontype;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.ToegangHandeling;
import nl.schakel.toegang.domein.bewaren.Vernietigingslijst;
import nl.schakel.toegang.infrastructuur.BronBetrokkeneRepository;
import nl.schakel.toegang.infrastructuur.VernietigingRepository;
import nl.schakel.toegang.toepassing.Toegangspoort;

/**
 * Destroys one item of an approved list in a transaction of its own: the flow deletes its rows, access deletes the
 * grants and betrokkenen, the tombstone is written, and the logboek row (naming the betrokkenen the resource had) goes
 * in with it. All or nothing per item; a failing item leaves the others destroyed and itself on the list.
 */
@ApplicationScoped
public class Itemvernietiging {

    @Inject
    Bewaarbronnen bronnen;

    @Inject
    VernietigingRepository repository;

    @Inject
    BronBetrokkeneRepository betrokkenen;

    @Inject
    Toegangspoort poort;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void vernietig(Medewerker medewerker, Vernietigingslijst lijst, Vernietigingslijst.Item item, LocalDate vandaag, Instant nu) {
        if (repository.isVastgehouden(item.brontype(), item.id())) {
            throw new IllegalStateException("bewaarplicht op " + item.brontype() + " " + item.id());
        }
        Bron bron = new Bron(Brontype.van(item.brontype()), item.id());
        List<UUID> wie = betrokkenen.van(bron);
        Bewaarbron eigenaar = bronnen.voor(item.brontype())
                .orElseThrow(() -> new IllegalStateException("geen bewaarbron voor " + item.brontype()));
        eigenaar.vernietig(item.id(), vandaag);
        repository.verwijderToegang(item.brontype(), item.id());
        repository.begraaf(lijst, item, nu);
        poort.registreer(medewerker, ToegangHandeling.VERNIETIGING_UITVOEREN, Optional.of(bron), wie, Doel.PRIVACYBEHEER);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean sluitAf(UUID lijst, Instant nu) {
        return repository.sluitAf(lijst, nu);
    }
}
