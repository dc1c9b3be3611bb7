package nl.schakel.toegang.toepassing.vernietiging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.toegang.domein.bewaren.Bewaarregel;
import nl.schakel.toegang.domein.bewaren.Bewaartermijnen;
import nl.schakel.toegang.domein.bewaren.Vernietigbaar;
import nl.schakel.toegang.domein.bewaren.Vernietigingslijst;
import nl.schakel.toegang.infrastructuur.VernietigingRepository;

/**
 * Draws up the destruction list of a day: everything the flows report due on or before it, not under a legal hold and
 * not on a list already. Nothing due, no list. Run daily by the platform's timer and on demand by the functionaris
 * gegevensbescherming; two nodes never both propose the same resource: the run holds a database lock until it commits,
 * and a resource is listed once (the item's primary key).
 */
@ApplicationScoped
public class Vernietigingsvoorstel {

    @Inject
    Bewaarbronnen bronnen;

    @Inject
    VernietigingRepository repository;

    @Inject
    Bewaartermijnen termijnen;

    Clock klok = Clock.systemUTC();

    @Transactional
    public Optional<Vernietigingslijst> stelOp(LocalDate peildatum) {
        repository.vergrendelVoorstel();
        List<Vernietigbaar> nieuw = bronnen.alle().stream()
                .flatMap(bron -> bron.verschuldigd(peildatum).stream())
                .filter(v -> !v.vernietigingsdatum().isAfter(peildatum))
                .filter(v -> !repository.gelijstOfVastgehouden(v.brontype(), v.id()))
                .sorted(Comparator.comparing(Vernietigbaar::brontype).thenComparing(Vernietigbaar::id))
                .toList();
        if (nieuw.isEmpty()) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        repository.voegToe(id, Instant.now(klok), peildatum, nieuw, this::regel);
        return repository.lijst(id);
    }

    private String regel(Vernietigbaar v) {
        return termijnen.regel(v.brontype(), v.eigenaartype()).map(Bewaarregel::omschrijving)
                .orElseThrow(() -> new IllegalStateException("geen bewaarregel voor " + v.brontype() + " van " + v.eigenaartype()));
    }
}
