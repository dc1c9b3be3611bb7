package nl.schakel.toegang.domein.verzoek;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A data subject's request as the contact point registered it. The person is present only as the platform ids the
 * registry's keyed hashes matched ({@code betrokkenen}) and the contact point's own short reference ({@code weergave}:
 * initials and its file number), never a name, date of birth or BSN. Done ({@link #isAfgerond()}) once the contact point
 * recorded that the requester was informed.
 */
public record Verzoek(UUID id, int versie, Verzoeksoort soort, String contactpunt, String weergave, List<UUID> betrokkenen,
        Termijn termijn, String geregistreerdDoor, Instant geregistreerdOp, Optional<LocalDate> geinformeerdOp,
        Optional<String> geinformeerdDoor, List<Deelverzoek> delen) {

    public Verzoek {
        betrokkenen = List.copyOf(betrokkenen);
        delen = List.copyOf(delen);
    }

    public boolean isAfgerond() {
        return geinformeerdOp.isPresent();
    }

    public boolean isTeLaat(LocalDate vandaag) {
        return termijn.isTeLaat(vandaag, isAfgerond());
    }

    public boolean zijnAlleDelenBeantwoord() {
        return delen.stream().noneMatch(Deelverzoek::isOpen);
    }

    public long aantalBeantwoord() {
        return delen.stream().filter(d -> !d.isOpen()).count();
    }
}
