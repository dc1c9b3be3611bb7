package nl.schakel.gedeeld.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The factories made once answer as {@code Json}'s static methods do, on the JSON-P implementation Payara ships. */
class JsonFabriekTest {

    private static final String DOCUMENT = "{\"a\":[1,2.5,\"ç\",true,null],\"b\":{\"c\":\"\\u20ac\"}}";

    @Test
    void deParserGeeftDezelfdeGebeurtenissenAlsJsonCreateParser() {
        assertThat(gebeurtenissen(JsonFabriek.parser(new StringReader(DOCUMENT))))
                .isEqualTo(gebeurtenissen(Json.createParser(new StringReader(DOCUMENT))))
                .hasSize(15);
    }

    @Test
    void deLezerLeestTekstEnBytesAlsJsonCreateReader() {
        JsonObject verwacht;
        try (JsonReader lezer = Json.createReader(new StringReader(DOCUMENT))) {
            verwacht = lezer.readObject();
        }
        try (JsonReader lezer = JsonFabriek.lezer(new StringReader(DOCUMENT))) {
            assertThat(lezer.readObject()).isEqualTo(verwacht);
        }
        try (JsonReader lezer = JsonFabriek.lezer(new ByteArrayInputStream(DOCUMENT.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(lezer.readObject()).isEqualTo(verwacht);
        }
    }

    @Test
    void ongeldigeJsonIsDezelfdeFout() {
        try (JsonParser parser = JsonFabriek.parser(new StringReader("{\"a\":}"))) {
            assertThatThrownBy(() -> gebeurtenissen(parser)).isInstanceOf(JsonParsingException.class);
        }
    }

    @Test
    void deBouwersMakenWatJsonsBouwersMaken() {
        String gebouwd = JsonFabriek.object().add("n", 1).add("lijst", JsonFabriek.lijst().add("x").addNull()).build().toString();
        assertThat(gebouwd).isEqualTo(Json.createObjectBuilder().add("n", 1)
                .add("lijst", Json.createArrayBuilder().add("x").addNull()).build().toString())
                .isEqualTo("{\"n\":1,\"lijst\":[\"x\",null]}");
    }

    private static List<String> gebeurtenissen(JsonParser parser) {
        List<String> gezien = new ArrayList<>();
        while (parser.hasNext()) {
            JsonParser.Event event = parser.next();
            gezien.add(event + (event == JsonParser.Event.KEY_NAME || event == JsonParser.Event.VALUE_STRING
                    || event == JsonParser.Event.VALUE_NUMBER ? ":" + parser.getString() : ""));
        }
        return gezien;
    }
}
