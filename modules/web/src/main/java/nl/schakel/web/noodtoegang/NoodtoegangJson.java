package nl.schakel.web.noodtoegang;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.schakel.toegang.domein.Toegang;
import nl.schakel.toegang.domein.noodtoegang.Beoordeling;
import nl.schakel.toegang.domein.noodtoegang.Noodtoegangzaak;

/** A break-glass opening as its reviewers see it; {@code mijnBeoordeling} says which verdict is the caller's. */
public record NoodtoegangJson(UUID id, String bronType, UUID bronId, String bronPad, String organisatie, String organisatieNaam,
        String medewerker, String reden, Instant geopendOp, boolean buitenKantooruren, Instant vervaltOp, String oordeel,
        List<BeoordelingJson> beoordelingen, String mijnBeoordeling) {

    public record BeoordelingJson(String beoordelaar, String beoordelaarNaam, String status, String beoordeeldDoor,
            Instant beoordeeldOp, String opmerking) {}

    /** {@code naam} turns an organisation code into its name; {@code pad} the resource into its path in the API. */
    static NoodtoegangJson van(Noodtoegangzaak zaak, String mijnBeoordeling, Function<String, String> naam, String pad) {
        Toegang toegang = zaak.toegang();
        return new NoodtoegangJson(toegang.id(), toegang.bron().type().naam(), toegang.bron().id(), pad,
                toegang.organisatieCode(), naam.apply(toegang.organisatieCode()), zaak.geopendDoorNaam(),
                toegang.toelichting().orElse(""), toegang.geldigVan(), zaak.buitenKantooruren(), toegang.geldigTot().orElse(null),
                zaak.oordeel().name(),
                zaak.beoordelingen().stream().map(b -> new BeoordelingJson(b.beoordelaar(),
                        b.beoordelaar().equals(Beoordeling.FG) ? "Functionaris gegevensbescherming" : naam.apply(b.beoordelaar()),
                        b.status().name(), b.beoordeeldDoor().orElse(null), b.beoordeeldOp().orElse(null),
                        b.opmerking().orElse(null))).toList(),
                mijnBeoordeling);
    }
}
