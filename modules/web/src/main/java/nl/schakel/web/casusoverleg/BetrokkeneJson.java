package nl.schakel.web.casusoverleg;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Aanmelding;

/** A betrokkene of a case at minimal identity (category IDENTITEIT). */
@JsonbPropertyOrder({"id", "rol", "voornaam", "achternaam", "geboortedatum"})
public record BetrokkeneJson(UUID id, String rol, String voornaam, String achternaam, LocalDate geboortedatum) {

    static List<BetrokkeneJson> van(Aanmelding aanmelding) {
        return aanmelding.betrokkenen().stream().map(b -> new BetrokkeneJson(b.id(), b.rol().name(), b.voornaam(), b.achternaam(),
                b.geboortedatum().orElse(null))).toList();
    }
}
