package nl.schakel.toegang.domein.bewaren;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a contribution is due for destruction: the start moment's date in the Netherlands plus the term of its rule. A
 * date, not an instant: a destruction list is drawn up per day, and "twenty years after closure" is a calendar term
 * (a case closed at 00:30 Dutch time on 1 April is closed on 1 April, though it is still 31 March in UTC). The API,
 * the UI and the destruction job all ask this one place.
 */
@ApplicationScoped
public class Vernietigingskalender {

    static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private Bewaartermijnen termijnen;

    protected Vernietigingskalender() {
        // for the CDI proxy
    }

    @Inject
    public Vernietigingskalender(Bewaartermijnen termijnen) {
        this.termijnen = termijnen;
    }

    /**
     * The destruction date of a resource of {@code brontype} owned by an organisation of {@code eigenaartype}, whose
     * clock (the rule's {@link Klokstart}) started at {@code start}. A combination without a rule is a fault of the
     * caller or the file, never "keep for ever" or "destroy now": it is refused, naming the missing rule.
     */
    public LocalDate vernietigingsdatum(String brontype, String eigenaartype, Instant start) {
        Bewaarregel regel = termijnen.regel(brontype, eigenaartype).orElseThrow(() -> new IllegalArgumentException(
                "bewaartermijnen.json heeft geen regel voor " + brontype + " van " + eigenaartype + "."));
        return regel.termijn().na(start.atZone(NEDERLAND).toLocalDate());
    }

    /**
     * The destruction date of a logboek row written at {@code vastgelegd}: its own term, and never before the resource
     * it describes ({@code bronTot}, when that resource has a destruction date), so that a data subject can ask who saw
     * their data for as long as the data exists.
     */
    public LocalDate vernietigingsdatumLogboekregel(Instant vastgelegd, Optional<LocalDate> bronTot) {
        LocalDate eigen = termijnen.logboek().termijn().na(vastgelegd.atZone(NEDERLAND).toLocalDate());
        return bronTot.filter(bron -> bron.isAfter(eigen)).orElse(eigen);
    }
}
