package nl.schakel.keycloakrealm;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the realm file the jar ships, strictly (duplicate keys are an error, as a typo would be). */
final class RealmBestand {

    /** Classpath location of the realm file in the keycloak-realm jar. */
    static final String RESOURCE = "keycloak-realm/schakel-realm.json";

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private RealmBestand() {
    }

    static byte[] bytes() {
        try (InputStream in = RealmBestand.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode lees() {
        try {
            return JSON.readTree(bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
