package nl.schakel.toegang.domein.logboek;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One access to personal data, or one refused attempt, after NEN 7513 and the BIO: who (and on whose
 * behalf), from which organisation and role, did what to which resource and which betrokkenen, for which
 * purpose and on which ground, allowed or not, through which client, from where, in which request.
 * {@code invoegnummer} is given by the database when the row is written (its order on the privacy officer's pages);
 * {@code volgnummer} and {@code hash} by the chainer shortly after (0 and {@code null} until then).
 */
public record Logboekregel(
        UUID id,
        long volgnummer,
        Instant tijdstip,
        String gebruikerId,
        String gebruikerNaam,
        Optional<String> namens,
        Optional<String> organisatie,
        String rol,
        String handeling,
        Optional<String> bronType,
        Optional<UUID> bronId,
        List<UUID> betrokkenen,
        Optional<String> doel,
        Optional<String> grondslag,
        Optional<String> toegangReden,
        boolean noodtoegang,
        Uitkomst uitkomst,
        String clientId,
        String bronAdres,
        String correlatieId,
        String hash,
        long invoegnummer) {

    public Logboekregel {
        betrokkenen = List.copyOf(betrokkenen);
    }

    /** A row to write: the database and the chainer give it its numbers and hash. */
    public Logboekregel(UUID id, long volgnummer, Instant tijdstip, String gebruikerId, String gebruikerNaam,
            Optional<String> namens, Optional<String> organisatie, String rol, String handeling, Optional<String> bronType,
            Optional<UUID> bronId, List<UUID> betrokkenen, Optional<String> doel, Optional<String> grondslag,
            Optional<String> toegangReden, boolean noodtoegang, Uitkomst uitkomst, String clientId, String bronAdres,
            String correlatieId, String hash) {
        this(id, volgnummer, tijdstip, gebruikerId, gebruikerNaam, namens, organisatie, rol, handeling, bronType, bronId,
                betrokkenen, doel, grondslag, toegangReden, noodtoegang, uitkomst, clientId, bronAdres, correlatieId, hash, 0);
    }

    /** Whether the chainer has given this row its place in the hash chain. */
    public boolean geketend() {
        return volgnummer > 0;
    }
}
