package nl.schakel.platform.invoer;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One operation of the OpenAPI document: method, path template (with {@code /api/v1}), its parameters and the
 * schema of its JSON body (null when it takes none). Read from the document, so a new flow is fuzzed as soon
 * as it is published.
 */
record Operatie(String methode, String pad, List<Parameter> parameters, JsonObject bodySchema) {

    record Parameter(String naam, String plaats, JsonObject schema) {}

    static List<Operatie> uit(JsonObject document) {
        String basis = basis(document);
        List<Operatie> operaties = new ArrayList<>();
        JsonObject paden = document.getJsonObject("paths");
        for (String pad : paden.keySet()) {
            JsonObject item = paden.getJsonObject(pad);
            for (String methode : item.keySet()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(methode)) {
                    continue;
                }
                JsonObject operatie = item.getJsonObject(methode);
                List<Parameter> parameters = new ArrayList<>();
                for (JsonObject bron : List.of(item, operatie)) {
                    if (bron.containsKey("parameters")) {
                        for (JsonValue p : bron.getJsonArray("parameters")) {
                            JsonObject parameter = Schema.los(document, p.asJsonObject());
                            parameters.add(new Parameter(parameter.getString("name"), parameter.getString("in"),
                                    parameter.containsKey("schema") ? parameter.getJsonObject("schema") : JsonValue.EMPTY_JSON_OBJECT));
                        }
                    }
                }
                operaties.add(new Operatie(methode.toUpperCase(Locale.ROOT), volledig(basis, pad), List.copyOf(parameters),
                        bodySchema(document, operatie)));
            }
        }
        return operaties;
    }

    private static String basis(JsonObject document) {
        if (document.containsKey("servers") && !document.getJsonArray("servers").isEmpty()) {
            String url = document.getJsonArray("servers").getJsonObject(0).getString("url", "");
            int pad = url.indexOf("/api/");
            if (pad >= 0) {
                return url.substring(pad).replaceAll("/$", "");
            }
        }
        return "";
    }

    private static String volledig(String basis, String pad) {
        if (pad.startsWith("/api/v1")) {
            return pad;
        }
        return (basis.isEmpty() ? "/api/v1" : basis) + pad;
    }

    private static JsonObject bodySchema(JsonObject document, JsonObject operatie) {
        if (!operatie.containsKey("requestBody")) {
            return null;
        }
        JsonObject body = Schema.los(document, operatie.getJsonObject("requestBody"));
        JsonObject inhoud = body.getJsonObject("content");
        if (inhoud == null) {
            return null;
        }
        for (String type : inhoud.keySet()) {
            if (type.contains("json")) {
                JsonObject media = inhoud.getJsonObject(type);
                return media.containsKey("schema") ? media.getJsonObject("schema") : JsonValue.EMPTY_JSON_OBJECT;
            }
        }
        return null;
    }

    boolean schrijft() {
        return !methode.equals("GET");
    }

    @Override
    public String toString() {
        return methode + " " + pad;
    }
}
