package nl.schakel.platform.matrix;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.schakel.toegang.domein.Afbakening;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Toegang;
import nl.schakel.toegang.infrastructuur.ToegangRepository;

/**
 * Grants in a list instead of a table, answering the gate's one question ("the caller's live grants on this
 * resource") with the conditions of {@code ToegangRepository.LEVEND}: the caller's organisation, a team or person if
 * the grant names one, within its validity window. Withdrawing is left out: a relation whose grant was withdrawn simply
 * has none here. The SQL itself is tested on PostgreSQL (ToegangspoortTest, the matrix on the platform).
 */
final class ToegangenInGeheugen extends ToegangRepository {

    private final List<Toegang> toegangen = new ArrayList<>();

    @Override
    public void bewaar(Toegang toegang) {
        toegangen.add(toegang);
    }

    @Override
    public List<Toegang> levend(Bron bron, Medewerker medewerker, Instant nu) {
        if (medewerker.organisatieCode().isEmpty()) {
            return List.of();
        }
        return toegangen.stream()
                .filter(t -> bron.metOuders().contains(t.bron()) && medewerker.organisatieCode().get().equals(t.organisatieCode()))
                .filter(t -> t.team().isEmpty() || t.team().equals(medewerker.team()))
                .filter(t -> t.medewerkerId().isEmpty() || t.medewerkerId().get().equals(medewerker.id()))
                .filter(t -> t.gebruikersnaam().isEmpty() || t.gebruikersnaam().get().equals(Afbakening.gebruikersnaamVan(medewerker)))
                .filter(t -> !t.geldigVan().isAfter(nu) && t.geldigTot().map(tot -> tot.isAfter(nu)).orElse(true))
                .sorted(Comparator.comparing((Toegang t) -> t.noodtoegang()).thenComparing(Toegang::geldigVan))
                .toList();
    }

    @Override
    public List<Toegang> alle(Bron bron) {
        throw new UnsupportedOperationException("de matrix vraagt de poort alleen naar levende toegang");
    }
}
