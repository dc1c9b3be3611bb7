package nl.schakel.overdracht.domein.inhoud;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import nl.schakel.overdracht.domein.Voorbeelden;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The records are serialised by JSON-B (Yasson 3.0.4, as in Payara 6) without adapters. */
class OverdrachtInhoudJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @AfterAll
    static void sluit() throws Exception {
        JSONB.close();
    }

    @Test
    void heenEnTerugGeeftDezelfdeInhoud() {
        String json = JSONB.toJson(Voorbeelden.volledigeInhoud());

        assertThat(JSONB.fromJson(json, OverdrachtInhoud.class)).isEqualTo(Voorbeelden.volledigeInhoud());
        assertThat(json).contains("\"meldingDatum\":\"2026-11-10\"", "\"uitkomst\":\"OVERDRACHT_LOKAAL_VELD\"",
                "\"rol\":\"VERMOEDELIJKE_PLEGER\"", "\"id\":\"00000000-0000-4000-8000-000000000001\"");
    }

    @Test
    void weggelatenVeldgroepenOntbrekenInDeJson() {
        OverdrachtInhoud gefilterd = Inhoudsfilter.filter(Voorbeelden.volledigeInhoud(),
                Voorbeelden.WIJKTEAMCATEGORIEEN).inhoud();

        String json = JSONB.toJson(gefilterd);

        assertThat(json).doesNotContain("\"melder\"", "\"justitieleInformatie\"", "\"gezondheid\"", "\"bsn\"",
                "111222333", "\"afgeschermdAdres\"");
    }

    @Test
    void ontbrekendeVeldenWordenNull() {
        OverdrachtInhoud inhoud = JSONB.fromJson("{\"hulpvraag\":\"Steun\"}", OverdrachtInhoud.class);

        assertThat(inhoud.hulpvraag()).isEqualTo("Steun");
        assertThat(inhoud.betrokkenen()).isNull();
    }
}
