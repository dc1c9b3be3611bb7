package nl.schakel.web.gebeurtenis;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.schakel.gedeeld.gebeurtenis.Gebeurtenis;
import nl.schakel.gedeeld.gebeurtenis.GenummerdeGebeurtenis;
import nl.schakel.gedeeld.gebeurtenis.Onderwerp;
import nl.schakel.web.api.JsonbConfiguratie;
import org.junit.jupiter.api.Test;

/**
 * A feed item as the API's JSON-B writes it (Yasson, as Payara ships it). For an overdracht event the bytes are the
 * ones the feed wrote before the shared outbox: the expected text below is what the earlier GebeurtenisJson produced
 * for the same event, so the integration routes' parsing and their CloudEvents stay as they were.
 */
class GebeurtenisJsonTest {

    private static final Jsonb JSONB = new JsonbConfiguratie().getContext(Object.class);
    private static final UUID ID = UUID.fromString("0b6c2f1e-3d4a-4f5b-8c9d-112233445566");
    private static final UUID OVERDRACHT = UUID.fromString("5f0c1d2e-aaaa-4bbb-8ccc-0123456789ab");
    private static final String BASIS = "http://localhost:26080/api/v1";

    @Test
    void eenOverdrachtgebeurtenisIsByteVoorByteZoalsDeFeedHaarAltijdSchreef() {
        Gebeurtenis verzonden = new Gebeurtenis(ID, "nl.schakel.overdracht.verzonden", "urn:nl:schakel:overdracht",
                new Onderwerp("OVERDRACHT", OVERDRACHT, "/overdrachten/" + OVERDRACHT), List.of("WT-RDAM-FEIJ"),
                List.of("VTRR"), Instant.parse("2026-11-25T09:00:00.123456Z"));

        String json = JSONB.toJson(GebeurtenisJson.van(new GenummerdeGebeurtenis(12, verzonden),
                BASIS + "/overdrachten/" + OVERDRACHT));

        assertThat(json).isEqualTo("{\"volgnummer\":12,\"id\":\"0b6c2f1e-3d4a-4f5b-8c9d-112233445566\","
                + "\"type\":\"nl.schakel.overdracht.verzonden\",\"bron\":\"urn:nl:schakel:overdracht\","
                + "\"onderwerp\":\"http://localhost:26080/api/v1/overdrachten/5f0c1d2e-aaaa-4bbb-8ccc-0123456789ab\","
                + "\"tijdstip\":\"2026-11-25T09:00:00.123456Z\",\"ontvanger\":\"WT-RDAM-FEIJ\",\"eigenaar\":\"VTRR\"}");
    }

    @Test
    void deBronKomtUitDeGebeurtenisEnMeerOntvangersStaanInEenLijstInPlaatsVanHetEnkeleVeld() {
        UUID dossier = UUID.fromString("7a7a7a7a-1111-4222-8333-444455556666");
        Gebeurtenis geopend = new Gebeurtenis(ID, "nl.schakel.proefstroom.geopend", "urn:nl:schakel:proefstroom",
                new Onderwerp("PROEFDOSSIER", dossier, "/proefdossiers/" + dossier), List.of("CIT-JBRR", "RVDK-RR"),
                List.of("VTRR"), Instant.parse("2026-12-01T10:00:00Z"));

        String json = JSONB.toJson(GebeurtenisJson.van(new GenummerdeGebeurtenis(13, geopend),
                BASIS + "/proefdossiers/" + dossier));

        assertThat(json).isEqualTo("{\"volgnummer\":13,\"id\":\"0b6c2f1e-3d4a-4f5b-8c9d-112233445566\","
                + "\"type\":\"nl.schakel.proefstroom.geopend\",\"bron\":\"urn:nl:schakel:proefstroom\","
                + "\"onderwerp\":\"http://localhost:26080/api/v1/proefdossiers/7a7a7a7a-1111-4222-8333-444455556666\","
                + "\"tijdstip\":\"2026-12-01T10:00:00Z\",\"ontvangers\":[\"CIT-JBRR\",\"RVDK-RR\"],\"eigenaar\":\"VTRR\"}");
    }
}
