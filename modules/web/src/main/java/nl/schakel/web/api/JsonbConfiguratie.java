package nl.schakel.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B configuration for the API: unknown fields in a request are an error (a typo must not
 * silently drop data), scalar types are taken exactly as declared ({@link StrikteTypen}), and dates are ISO 8601.
 */
@Provider
public class JsonbConfiguratie implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            // Yasson's switch; JSON-B itself ignores unknown properties
            .setProperty("jsonb.fail-on-unknown-properties", true)
            .withDeserializers(StrikteTypen.alle())
            .withFormatting(false));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
