package nl.schakel.gedeeld.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.InputStream;
import java.io.Reader;
import java.util.Map;

/**
 * JSON-P's factories, made once. Every static method of {@code jakarta.json.Json} asks {@link JsonProvider#provider()}
 * for the provider, which goes through the {@code ServiceLoader} and, inside the EAR, scans the class loaders'
 * resources on every call: the input check's {@code Json.createParser} alone was 7 % of Payara's CPU in the open
 * model's mix (docs/metingen.md, "the fourteenth day"). The architecture test keeps {@code Json}'s static methods out
 * of the platform; the factories here behave as those methods do (no configuration).
 */
public final class JsonFabriek {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonParserFactory PARSERS = PROVIDER.createParserFactory(Map.of());
    private static final JsonReaderFactory LEZERS = PROVIDER.createReaderFactory(Map.of());
    private static final JsonBuilderFactory BOUWERS = PROVIDER.createBuilderFactory(Map.of());

    private JsonFabriek() {}

    /** As {@code Json.createParser(Reader)}. */
    public static JsonParser parser(Reader tekst) {
        return PARSERS.createParser(tekst);
    }

    /** As {@code Json.createReader(Reader)}. */
    public static JsonReader lezer(Reader tekst) {
        return LEZERS.createReader(tekst);
    }

    /** As {@code Json.createReader(InputStream)}: the encoding is detected as JSON-P does. */
    public static JsonReader lezer(InputStream bytes) {
        return LEZERS.createReader(bytes);
    }

    /** As {@code Json.createObjectBuilder()}. */
    public static JsonObjectBuilder object() {
        return BOUWERS.createObjectBuilder();
    }

    /** As {@code Json.createArrayBuilder()}. */
    public static JsonArrayBuilder lijst() {
        return BOUWERS.createArrayBuilder();
    }
}
