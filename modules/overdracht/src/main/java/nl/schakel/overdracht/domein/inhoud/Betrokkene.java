package nl.schakel.overdracht.domein.inhoud;

import java.util.UUID;

/**
 * A directbetrokkene. {@code id} and {@code rol} always travel (they name no one and let partners refer to
 * the person); every other part belongs to its own data category, see {@link Veldgroep}.
 */
public record Betrokkene(
        UUID id, BetrokkeneRol rol, Identiteit identiteit, String bsn, Contact contact, String afgeschermdAdres) {

    public Betrokkene metId(UUID nieuwId) {
        return new Betrokkene(nieuwId, rol, identiteit, bsn, contact, afgeschermdAdres);
    }
}
