package nl.schakel.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import nl.schakel.overdracht.domein.inhoud.OverdrachtInhoud;
import org.junit.jupiter.api.Test;

/** As Jersey reads a body: from a stream. */
class StrikteTypenStroomTest {

    private final Jsonb jsonb = new JsonbConfiguratie().getContext(Object.class);

    @Test
    void eenBodyUitEenStroom() {
        String json = """
                {"aanleiding": {"meldingSamenvatting": "Fuzz", "meldingDatum": "2026-11-10"},
                 "veiligheidsbeoordeling": {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "datum": "2026-11-14"},
                 "betrokkenen": [{"rol": "SLACHTOFFER", "identiteit": {"voornaam": "Fuzz", "achternaam": "Jansen"}}],
                 "hulpvraag": "Ondersteuning thuis."}""";
        OverdrachtInhoud inhoud = jsonb.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                (java.lang.reflect.Type) OverdrachtInhoud.class);
        assertThat(inhoud.hulpvraag()).isEqualTo("Ondersteuning thuis.");
    }
}
