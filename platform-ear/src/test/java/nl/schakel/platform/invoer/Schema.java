package nl.schakel.platform.invoer;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** Resolving {@code $ref} in the OpenAPI document. */
final class Schema {

    private Schema() {}

    static JsonObject los(JsonObject document, JsonObject schema) {
        JsonObject huidig = schema;
        for (int i = 0; i < 10 && huidig != null && huidig.containsKey("$ref"); i++) {
            String ref = huidig.getString("$ref");
            JsonValue doel = document;
            for (String deel : ref.substring(2).split("/")) {
                doel = doel.asJsonObject().get(deel.replace("~1", "/").replace("~0", "~"));
                if (doel == null) {
                    return JsonValue.EMPTY_JSON_OBJECT;
                }
            }
            huidig = doel.asJsonObject();
        }
        return huidig == null ? JsonValue.EMPTY_JSON_OBJECT : huidig;
    }
}
