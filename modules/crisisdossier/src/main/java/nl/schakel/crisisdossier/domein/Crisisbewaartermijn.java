package nl.schakel.crisisdossier.domein;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import nl.schakel.toegang.domein.bewaren.Vernietigbaar;
import nl.schakel.toegang.domein.bewaren.Vernietigingskalender;

/**
 * The destruction dates of one closed crisis file and of every entry still in it. The clock starts at the file's
 * afsluiting for all of them; each follows the rule of its own owner (the organisation that wrote the entry, that
 * carries the task, that asked for the screening; for the file its initiator). An entry whose date comes before the
 * file's is destroyed on its own; the file goes, with everything still in it, once its own rule has run out and no
 * entry with a longer-running rule is left: its date is the latest of them all.
 */
public final class Crisisbewaartermijn {

    /** An entry of the file: its resource type, its id, its owner's code and that owner's type as the rules name it. */
    public record Invoer(String brontype, UUID id, String eigenaar, String eigenaartype) {
        public Invoer {
            Objects.requireNonNull(brontype, "brontype");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(eigenaar, "eigenaar");
            Objects.requireNonNull(eigenaartype, "eigenaartype");
        }
    }

    private final UUID dossier;
    private final String eigenaar;
    private final String eigenaartype;
    private final Instant afsluiting;
    private final LocalDate eigenDatum;
    private final List<Vernietigbaar> invoer;

    private Crisisbewaartermijn(UUID dossier, String eigenaar, String eigenaartype, Instant afsluiting, LocalDate eigenDatum,
            List<Vernietigbaar> invoer) {
        this.dossier = dossier;
        this.eigenaar = eigenaar;
        this.eigenaartype = eigenaartype;
        this.afsluiting = afsluiting;
        this.eigenDatum = eigenDatum;
        this.invoer = invoer;
    }

    /**
     * The dates of a file closed at {@code afsluiting}. A combination of type and owner without a rule is refused by the
     * calendar ({@link IllegalArgumentException}): never "keep for ever" nor "destroy now".
     */
    public static Crisisbewaartermijn bereken(Vernietigingskalender kalender, UUID dossier, String eigenaar, String eigenaartype,
            Instant afsluiting, List<Invoer> invoer) {
        LocalDate eigen = kalender.vernietigingsdatum(Bronnen.CRISISDOSSIER.naam(), eigenaartype, afsluiting);
        List<Vernietigbaar> data = invoer.stream().map(i -> new Vernietigbaar(i.brontype(), i.id(), i.eigenaar(), i.eigenaartype(),
                afsluiting, kalender.vernietigingsdatum(i.brontype(), i.eigenaartype(), afsluiting))).toList();
        return new Crisisbewaartermijn(dossier, eigenaar, eigenaartype, afsluiting, eigen, data);
    }

    /** The day the file goes with all that is still in it: the latest of its own date and its entries' dates. */
    public LocalDate vernietigingsdatum() {
        return Stream.concat(Stream.of(eigenDatum), invoer.stream().map(Vernietigbaar::vernietigingsdatum))
                .max(Comparator.naturalOrder()).orElseThrow();
    }

    /** The file as the destruction list names it. */
    public Vernietigbaar dossier() {
        return new Vernietigbaar(Bronnen.CRISISDOSSIER.naam(), dossier, eigenaar, eigenaartype, afsluiting, vernietigingsdatum());
    }

    /** The entries due before their file: these are destroyed on their own, the rest goes with the file. */
    public List<Vernietigbaar> eerderDanHetDossier() {
        LocalDate dossierDatum = vernietigingsdatum();
        return invoer.stream().filter(i -> i.vernietigingsdatum().isBefore(dossierDatum)).toList();
    }

    /** Every entry with its own date. */
    public List<Vernietigbaar> invoer() {
        return invoer;
    }
}
