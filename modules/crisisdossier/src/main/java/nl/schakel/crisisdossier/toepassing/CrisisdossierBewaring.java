package nl.schakel.crisisdossier.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Bronnen;
import nl.schakel.crisisdossier.domein.Crisisbewaartermijn;
import nl.schakel.toegang.domein.bewaren.Vernietigbaar;
import nl.schakel.toegang.toepassing.vernietiging.Bewaarbron;

/**
 * Retention of the crisis file itself: due when its initiator's rule has run out and no entry with a longer-running
 * rule is left ({@link Crisisbewaartermijn}). Destroying it deletes it with all that is still in it. A file one of
 * whose entries stands under a legal hold is not proposed: the entry cannot outlive the file it stands in.
 */
@ApplicationScoped
public class CrisisdossierBewaring implements Bewaarbron {

    @Inject
    Crisisbewaring bewaring;

    @Override
    public String brontype() {
        return Bronnen.CRISISDOSSIER.naam();
    }

    @Override
    public List<Vernietigbaar> verschuldigd(LocalDate peildatum) {
        return bewaring.afgesloten(peildatum).stream()
                .filter(t -> !t.vernietigingsdatum().isAfter(peildatum))
                .filter(t -> t.invoer().stream().noneMatch(i -> bewaring.isVastgehouden(i.brontype(), i.id())))
                .map(Crisisbewaartermijn::dossier)
                .toList();
    }

    @Override
    public boolean vernietig(UUID id, LocalDate peildatum) {
        Crisisbewaartermijn termijn = bewaring.termijn(id).orElse(null);
        if (termijn == null) {
            if (bewaring.bestaat(id)) {
                throw new IllegalStateException("crisisdossier " + id + " is open: zijn klok loopt niet");
            }
            return false;
        }
        if (termijn.vernietigingsdatum().isAfter(peildatum)) {
            throw new IllegalStateException("crisisdossier " + id + " is niet (meer) aan vernietiging toe");
        }
        return bewaring.vernietig(brontype(), id);
    }
}
