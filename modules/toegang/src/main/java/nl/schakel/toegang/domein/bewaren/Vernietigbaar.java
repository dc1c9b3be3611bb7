package nl.schakel.toegang.domein.bewaren;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One resource whose retention term has run out: what a flow tells the destruction job. Ids, an owner and dates only,
 * never content: the list, the tombstone and the certificate are made from this.
 *
 * @param eigenaar     the owning organisation's code (e.g. {@code VT})
 * @param eigenaartype its type as the retention rules name owners ({@code VEILIG_THUIS})
 * @param klokstart    the moment the rule's clock started ({@link Klokstart})
 */
public record Vernietigbaar(String brontype, UUID id, String eigenaar, String eigenaartype, Instant klokstart,
        LocalDate vernietigingsdatum) {

    public Vernietigbaar {
        Objects.requireNonNull(brontype, "brontype");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eigenaar, "eigenaar");
        Objects.requireNonNull(eigenaartype, "eigenaartype");
        Objects.requireNonNull(klokstart, "klokstart");
        Objects.requireNonNull(vernietigingsdatum, "vernietigingsdatum");
    }
}
