package nl.schakel.crisisdossier.toepassing;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Bronnen;
import nl.schakel.toegang.domein.bewaren.Vernietigbaar;
import nl.schakel.toegang.toepassing.vernietiging.Bewaarbron;

/**
 * Retention of one kind of entry of a crisis file: only an entry whose owner's rule runs out before its file's date is
 * destroyed on its own; the others go with the file. With today's rules (twenty years for every crisis partner) none
 * is; a shorter rule for one owner makes its entries due earlier. An entry of a file under a legal hold is held too.
 */
abstract class Invoerbewaring implements Bewaarbron {

    @Inject
    Crisisbewaring bewaring;

    @Override
    public List<Vernietigbaar> verschuldigd(LocalDate peildatum) {
        return bewaring.afgesloten(peildatum).stream()
                .filter(t -> !bewaring.isVastgehouden(Bronnen.CRISISDOSSIER.naam(), t.dossier().id()))
                .flatMap(t -> t.eerderDanHetDossier().stream())
                .filter(i -> i.brontype().equals(brontype()) && !i.vernietigingsdatum().isAfter(peildatum))
                .toList();
    }

    @Override
    public boolean vernietig(UUID id, LocalDate peildatum) {
        UUID dossier = bewaring.dossierVan(brontype(), id).orElse(null);
        if (dossier == null) {
            return false;
        }
        Vernietigbaar invoer = bewaring.termijn(dossier).stream().flatMap(t -> t.invoer().stream())
                .filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException(brontype() + " " + id + " staat in een open crisisdossier"));
        if (invoer.vernietigingsdatum().isAfter(peildatum)) {
            throw new IllegalStateException(brontype() + " " + id + " is niet (meer) aan vernietiging toe");
        }
        return bewaring.vernietig(brontype(), id);
    }
}
