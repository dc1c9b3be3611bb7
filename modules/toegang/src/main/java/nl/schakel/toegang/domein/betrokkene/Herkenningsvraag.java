package nl.schakel.toegang.domein.betrokkene;

import java.util.Optional;
import java.util.UUID;

/**
 * What a flow tells the person registry about one betrokkene: the BSN when it has one, otherwise the platform id it
 * already holds for this person (a concept being edited), if any. The BSN only passes through: it is turned into a
 * {@link Bsnkenmerk} and never stored by the registry.
 *
 * @param bsn      the BSN (nine digits), when the flow has one; it decides, whatever id the flow holds
 * @param gehouden a platform id the flow already gave this person; only considered without a BSN
 */
public record Herkenningsvraag(Optional<String> bsn, Optional<UUID> gehouden) {

    public Herkenningsvraag {
        bsn = bsn == null ? Optional.empty() : bsn;
        gehouden = gehouden == null || bsn.isPresent() ? Optional.empty() : gehouden;
    }

    public static Herkenningsvraag metBsn(String bsn) {
        return new Herkenningsvraag(Optional.of(bsn), Optional.empty());
    }

    /** {@code gehouden} may be null: a new person. */
    public static Herkenningsvraag zonderBsn(UUID gehouden) {
        return new Herkenningsvraag(Optional.empty(), Optional.ofNullable(gehouden));
    }

    /** Never the number itself in logs or exception texts. */
    @Override
    public String toString() {
        return "Herkenningsvraag[bsn=" + (bsn.isPresent() ? "*********" : "geen") + ", gehouden=" + gehouden.orElse(null) + "]";
    }
}
