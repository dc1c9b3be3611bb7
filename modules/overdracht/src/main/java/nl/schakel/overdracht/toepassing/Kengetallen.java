package nl.schakel.overdracht.toepassing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.schakel.overdracht.domein.monitoring.Scoretelling;

/** The safety-score counts over the moments the caller may list, and the period they cover. */
public record Kengetallen(List<Scoretelling> tellingen, Optional<LocalDate> vanaf, Optional<LocalDate> tot) {

    public Kengetallen {
        tellingen = List.copyOf(tellingen);
    }
}
