package nl.schakel.web.logboek;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.schakel.toegang.domein.logboek.Logboekregel;

/**
 * One logboek row. {@code volgnummer} and {@code hash} are null until the chainer has reached the row (usually under a
 * second); {@code invoegnummer} is there at once and orders the pages.
 */
@JsonbPropertyOrder({"volgnummer", "invoegnummer", "tijdstip", "gebruiker", "gebruikerNaam", "namens", "organisatie", "rol", "handeling",
    "bronType", "bronId", "betrokkenen", "doel", "grondslag", "toegangReden", "noodtoegang", "uitkomst", "clientId",
    "bronAdres", "correlatieId", "hash"})
public record LogboekregelJson(
        Long volgnummer, long invoegnummer, Instant tijdstip, String gebruiker, String gebruikerNaam, String namens, String organisatie,
        String rol, String handeling, String bronType, UUID bronId, List<UUID> betrokkenen, String doel, String grondslag,
        String toegangReden, boolean noodtoegang, String uitkomst, String clientId, String bronAdres, String correlatieId,
        String hash) {

    static LogboekregelJson van(Logboekregel r) {
        return new LogboekregelJson(r.geketend() ? r.volgnummer() : null, r.invoegnummer(), r.tijdstip(), r.gebruikerId(), r.gebruikerNaam(), r.namens().orElse(null),
                r.organisatie().orElse(null), r.rol(), r.handeling(), r.bronType().orElse(null), r.bronId().orElse(null),
                r.betrokkenen(), r.doel().orElse(null), r.grondslag().orElse(null), r.toegangReden().orElse(null),
                r.noodtoegang(), r.uitkomst().name(), r.clientId(), r.bronAdres(), r.correlatieId(), r.hash());
    }
}
