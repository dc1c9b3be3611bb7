package nl.schakel.toegang.domein.betrokkene;

import java.util.Optional;
import java.util.UUID;

/**
 * What a flow tells the person registry about one betrokkene: the BSN when it has one, otherwise the platform id it
 * already holds for this person (a concept being edited), if any. The BSN only passes through: it is turned into a
 * {@link Bsnkenmerk} and never stored by the registry. With a name and date of birth, the registry keeps their keyed
 * hashes ({@link Naamkenmerk}) with the person, so that the bekendheidscheck can find a person registered without a
 * BSN; the name does not decide who the person is (two people may share one).
 *
 * @param bsn      the BSN (nine digits), when the flow has one; it decides, whatever id the flow holds
 * @param gehouden a platform id the flow already gave this person; only considered without a BSN
 * @param naam     family name, first name and date of birth, when the flow has at least a family name and a date
 */
public record Herkenningsvraag(Optional<String> bsn, Optional<UUID> gehouden, Optional<NaamEnGeboortedatum> naam) {

    public Herkenningsvraag {
        bsn = bsn == null ? Optional.empty() : bsn;
        gehouden = gehouden == null || bsn.isPresent() ? Optional.empty() : gehouden;
        naam = naam == null ? Optional.empty() : naam;
    }

    public Herkenningsvraag(Optional<String> bsn, Optional<UUID> gehouden) {
        this(bsn, gehouden, Optional.empty());
    }

    /** The same question with the person's name and date of birth, for the bekendheidscheck; null leaves it without. */
    public Herkenningsvraag metNaam(NaamEnGeboortedatum naam) {
        return new Herkenningsvraag(bsn, gehouden, Optional.ofNullable(naam));
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
        return "Herkenningsvraag[bsn=" + (bsn.isPresent() ? "*********" : "geen") + ", gehouden=" + gehouden.orElse(null)
                + ", naam=" + (naam.isPresent() ? "****" : "geen") + "]";
    }
}
