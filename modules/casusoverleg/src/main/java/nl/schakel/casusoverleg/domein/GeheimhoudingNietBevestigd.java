package nl.schakel.casusoverleg.domein;

import java.util.Map;
import java.util.UUID;
import nl.schakel.gedeeld.fout.SchakelFout;

/**
 * The caller has a grant on the item, but has not confirmed the meeting's confidentiality statement yet (403
 * {@code CSO-020}). The answer names the meeting ({@code overlegId}), so a screen can ask for the statement and retry.
 */
public final class GeheimhoudingNietBevestigd extends SchakelFout {

    private final UUID overlegId;

    public GeheimhoudingNietBevestigd(UUID overlegId) {
        super(Foutcodes.GEHEIMHOUDING_NIET_BEVESTIGD, "Bevestig eerst de geheimhoudingsverklaring van dit overleg "
                + "(POST /api/v1/casusoverleggen/" + overlegId + "/geheimhoudingsverklaring); daarna ziet u de inhoud.");
        this.overlegId = overlegId;
    }

    public UUID overlegId() {
        return overlegId;
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String titel() {
        return "Geheimhoudingsverklaring nog niet bevestigd";
    }

    @Override
    public Map<String, Object> uitbreidingen() {
        return Map.of("overlegId", overlegId.toString());
    }
}
