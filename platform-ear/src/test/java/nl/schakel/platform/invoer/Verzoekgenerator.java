package nl.schakel.platform.invoer;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes one request for an operation from its OpenAPI description: mostly valid-shaped (so the request gets past
 * the first check and reaches the domain), often with one thing malformed in the path, the query, a header or the
 * body. Deterministic for a given {@link Random}, so a failure is replayed with its seed and number.
 */
final class Verzoekgenerator {

    record Fuzzverzoek(String methode, String adres, Map<String, String> koppen, byte[] body, String soort) {
        @Override
        public String toString() {
            String tekst = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return methode + " " + adres + " " + koppen.keySet() + " [" + soort + "] "
                    + (tekst.length() > 300 ? tekst.substring(0, 300) + "…" : tekst);
        }
    }

    private static final Pattern PADPARAMETER = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    /** Hostile strings, each a known way to break a lenient reader or an SQL layer. */
    private static final List<String> VIJANDIG_TEKST = List.of(
            "a\u0000b", "\u0000", "a\u0007b", "a\u001bb", "a\u007fb", "a\u0085b", "\ud800", "a\udc00b", "\uffff",
            "' or '1'='1", "'; drop table overdracht; --", "%00", "\\", "\"", "${jndi:ldap://x}", "<script>alert(1)</script>",
            "../../etc/passwd", "Ünïcødé ✓ 😀", "");
    private static final List<String> VIJANDIG_QUERY = List.of(
            "%00", "a%00b", "%0A", "%0D%0A", "%1B", "%7F", "%C2%85", "%FF", "%C3%28", "%ED%A0%80", "%F4%90%80%80", "%",
            "%2", "%ZZ", "abc", "-1", "0", "101", "99999999999999999999", "1.5", "%27+or+%271%27%3D%271", "true",
            "2026-13-45", "A".repeat(1500), "%E2%9C%93");
    private static final List<String> VIJANDIG_PAD = List.of(
            "%00", "abc", "%FF", "%ED%A0%80", "00000000-0000-0000-0000-000000000000", "..", "%2e%2e", "a%0Ab",
            "6b1f0c7e-2a55-4c8e-9d3a-1f0e2d3c4b5a%00", "9".repeat(300), "%27");
    private static final List<String> CODES = List.of("WT-RDAM-FEIJ", "VTRR", "GM0599", "GM0606", "ONBEKEND");
    private static final List<String> ONBEKENDE_VELDEN = List.of("onbekend", "bsnNummer", "__proto__", "id", "x");

    private final Random kans;
    private final Map<String, List<String>> ids;

    /** {@code ids}: per collection (the path segment before a parameter) the ids this run created. */
    Verzoekgenerator(Random kans, Map<String, List<String>> ids) {
        this.kans = kans;
        this.ids = ids;
    }

    Fuzzverzoek maak(Operatie operatie) {
        List<String> soort = new ArrayList<>();
        String methode = operatie.methode();
        if (kans.nextInt(40) == 0) {
            methode = kies(List.of("GET", "POST", "PUT", "DELETE", "PATCH"));
            soort.add("methode");
        }
        String pad = pad(operatie.pad(), soort);
        String query = query(operatie, soort);
        Map<String, String> koppen = new LinkedHashMap<>();
        byte[] body = null;
        if (operatie.bodySchema() != null || methode.equals("POST") || methode.equals("PUT")) {
            body = body(operatie, soort);
            koppen.put("Content-Type", contentType(soort));
        }
        koppen(operatie, koppen, soort);
        return new Fuzzverzoek(methode, pad + query, koppen, body, soort.isEmpty() ? "geldig" : String.join("+", soort));
    }

    // ---- path

    private String pad(String sjabloon, List<String> soort) {
        Matcher m = PADPARAMETER.matcher(sjabloon);
        StringBuilder uit = new StringBuilder();
        while (m.find()) {
            String voor = sjabloon.substring(0, m.start());
            String collectie = voor.substring(voor.lastIndexOf('/', voor.length() - 2) + 1).replace("/", "");
            String waarde;
            int keuze = kans.nextInt(10);
            List<String> bekend = ids.getOrDefault(collectie, List.of());
            if (keuze < 7 && !bekend.isEmpty()) {
                waarde = kies(bekend);
            } else if (keuze < 9) {
                waarde = UUID.randomUUID().toString();
            } else {
                waarde = kies(VIJANDIG_PAD);
                soort.add("pad");
            }
            m.appendReplacement(uit, Matcher.quoteReplacement(waarde));
        }
        m.appendTail(uit);
        return uit.toString();
    }

    // ---- query

    private String query(Operatie operatie, List<String> soort) {
        List<String> paren = new ArrayList<>();
        for (Operatie.Parameter p : operatie.parameters()) {
            if (!p.plaats().equals("query") || kans.nextInt(2) == 0) {
                continue;
            }
            String waarde;
            if (kans.nextInt(4) == 0) {
                waarde = kies(VIJANDIG_QUERY);
                soort.add("query");
            } else {
                waarde = URLEncoder.encode(geldigeTekst(p.naam(), p.schema()), StandardCharsets.UTF_8);
            }
            paren.add(p.naam() + "=" + waarde);
        }
        if (kans.nextInt(30) == 0) {
            paren.add(kies(List.of("onbekend=1", "%00=1", "a%FFb=2", "pagina=" + kies(VIJANDIG_QUERY))));
            soort.add("query");
        }
        return paren.isEmpty() ? "" : "?" + String.join("&", paren);
    }

    // ---- headers

    private void koppen(Operatie operatie, Map<String, String> koppen, List<String> soort) {
        if (operatie.schrijft() && kans.nextInt(10) < 8) {
            koppen.put("If-Match", kies(List.of("\"0\"", "\"1\"", "\"2\"", "\"1\"", "W/\"1\"", "abc", "\"\"", "\"99999999999\"")));
        }
        int accept = kans.nextInt(20);
        if (accept == 0) {
            koppen.put("Accept", "text/html");
            soort.add("accept");
        } else if (accept == 1) {
            koppen.put("Accept", "*/*");
        } else if (accept < 12) {
            koppen.put("Accept", "application/json");
        }
        if (kans.nextInt(50) == 0) {
            koppen.put("X-Correlation-ID", kies(List.of("abc", "x".repeat(300), "%00")));
        }
    }

    private String contentType(List<String> soort) {
        int keuze = kans.nextInt(20);
        if (keuze == 0) {
            soort.add("content-type");
            return kies(List.of("text/plain", "application/xml", "application/json; charset=ISO-8859-1",
                    "application/x-www-form-urlencoded", "application/json; charset=utf-16"));
        }
        return keuze == 1 ? "application/json; charset=UTF-8" : "application/json";
    }

    // ---- body

    private byte[] body(Operatie operatie, List<String> soort) {
        String geldig = operatie.bodySchema() == null ? "{}" : waarde(operatie.bodySchema(), "", 0).toString();
        if (kans.nextInt(10) < 4) {
            return utf8(geldig);
        }
        int mutatie = kans.nextInt(12);
        soort.add("body" + mutatie);
        return switch (mutatie) {
            case 0 -> utf8(vervangEenWaarde(geldig, kies(List.of("12", "true", "[]", "{}", "\"12\"", "1e999", "-0.5"))));
            case 1 -> utf8(voegVeldToe(geldig, "\"" + kies(ONBEKENDE_VELDEN) + "\":\"x\""));
            case 2 -> utf8(vervangEenWaarde(geldig, json(kies(VIJANDIG_TEKST.subList(0, 9)))));
            case 3 -> utf8(vervangEenWaarde(geldig, "\"a\\ud800b\""));
            case 4 -> utf8(geldig + kies(List.of(" {\"x\":1}", "x", " []", "}", " 1", ",")));
            case 5 -> ongeldigeUtf8(geldig);
            case 6 -> utf8(geldig.substring(0, kans.nextInt(Math.max(1, geldig.length()))));
            case 7 -> utf8(dubbeleSleutel(geldig));
            case 8 -> utf8("[".repeat(200) + "]".repeat(200));
            case 9 -> utf8(vervangEenWaarde(geldig, kies(List.of("9".repeat(500), "\"" + "x".repeat(20_000) + "\"",
                    "123456789012345678901234567890"))));
            case 10 -> utf8(kies(List.of("", "null", "[]", "\"tekst\"", "0", "{", "\ufeff{}")));
            default -> utf8(vervangEenWaarde(geldig, json(kies(VIJANDIG_TEKST))));
        };
    }

    /** A valid-shaped value for a schema: enums, formats and bounds respected, strings from a small pool. */
    private JsonValueTekst waarde(JsonObject schema, String naam, int diepte) {
        JsonObject s = Schema.los(ApiFuzzIT.document(), schema);
        if (s.containsKey("allOf")) {
            s = Schema.los(ApiFuzzIT.document(), s.getJsonArray("allOf").getJsonObject(0));
        }
        if (s.containsKey("oneOf") || s.containsKey("anyOf")) {
            JsonArray keuzes = s.getJsonArray(s.containsKey("oneOf") ? "oneOf" : "anyOf");
            s = Schema.los(ApiFuzzIT.document(), keuzes.getJsonObject(kans.nextInt(keuzes.size())));
        }
        String type = type(s);
        if (diepte > 6) {
            return new JsonValueTekst("null");
        }
        switch (type) {
            case "object" -> {
                StringBuilder uit = new StringBuilder("{");
                JsonObject eigenschappen = s.getJsonObject("properties");
                if (eigenschappen != null) {
                    boolean eerste = true;
                    for (String veld : eigenschappen.keySet()) {
                        if (kans.nextInt(10) < 3 || veld.equals("id") || veld.equals("versie") || veld.equals("laatstGewijzigd")) {
                            continue;
                        }
                        uit.append(eerste ? "" : ",").append(json(veld)).append(':')
                                .append(waarde(eigenschappen.getJsonObject(veld), veld, diepte + 1));
                        eerste = false;
                    }
                }
                return new JsonValueTekst(uit.append('}').toString());
            }
            case "array" -> {
                StringBuilder uit = new StringBuilder("[");
                int n = kans.nextInt(3);
                for (int i = 0; i < n; i++) {
                    uit.append(i == 0 ? "" : ",").append(waarde(s.containsKey("items") ? s.getJsonObject("items")
                            : JsonValue.EMPTY_JSON_OBJECT, naam, diepte + 1));
                }
                return new JsonValueTekst(uit.append(']').toString());
            }
            case "integer" -> {
                return new JsonValueTekst(String.valueOf(kans.nextInt(12)));
            }
            case "number" -> {
                return new JsonValueTekst(String.valueOf(kans.nextInt(100)));
            }
            case "boolean" -> {
                return new JsonValueTekst(String.valueOf(kans.nextBoolean()));
            }
            default -> {
                return new JsonValueTekst(json(geldigeTekst(naam, s)));
            }
        }
    }

    private static String type(JsonObject s) {
        JsonValue type = s.get("type");
        if (type instanceof JsonString tekst) {
            return tekst.getString();
        }
        if (type instanceof JsonArray lijst && !lijst.isEmpty()) {
            return lijst.getString(0);
        }
        if (s.containsKey("properties")) {
            return "object";
        }
        return s.containsKey("items") ? "array" : "string";
    }

    private String geldigeTekst(String naam, JsonObject schema) {
        JsonObject s = Schema.los(ApiFuzzIT.document(), schema);
        if (s.containsKey("enum") && !s.getJsonArray("enum").isEmpty()) {
            JsonArray waarden = s.getJsonArray("enum");
            JsonValue w = waarden.get(kans.nextInt(waarden.size()));
            return w instanceof JsonString t ? t.getString() : w.toString();
        }
        String type = type(s);
        if (type.equals("integer") || type.equals("number")) {
            return String.valueOf(1 + kans.nextInt(20));
        }
        if (type.equals("boolean")) {
            return String.valueOf(kans.nextBoolean());
        }
        String formaat = s.getString("format", "");
        String lager = naam.toLowerCase(java.util.Locale.ROOT);
        if (formaat.equals("uuid") || lager.equals("id") || lager.endsWith("id")) {
            List<String> bekend = ids.getOrDefault("overdrachten", List.of());
            return bekend.isEmpty() || kans.nextBoolean() ? UUID.randomUUID().toString() : kies(bekend);
        }
        if (formaat.equals("date") || lager.contains("datum") || lager.endsWith("tot") || lager.endsWith("vanaf")) {
            return kies(List.of("2026-11-10", "2027-03-01", "2025-01-31"));
        }
        if (formaat.equals("date-time") || lager.endsWith("na")) {
            return kies(List.of("2026-11-10T09:00:00Z", "2027-01-01T00:00:00Z"));
        }
        if (lager.contains("organisatie") || lager.equals("voor") || lager.equals("code") || lager.contains("gemeente")) {
            return kies(CODES);
        }
        if (lager.equals("bsn")) {
            return kies(List.of("111222333", "123456782", "000000000"));
        }
        if (lager.equals("tijd")) {
            return kies(List.of("09:30", "14:00"));
        }
        return kies(List.of("Fictieve tekst", "Buren hoorden geschreeuw.", "regel 1\nregel 2\tmet tab", "x", "Ünïcødé ✓"));
    }

    // ---- mutations on valid-shaped JSON text

    private String vervangEenWaarde(String json, String nieuw) {
        List<int[]> waarden = new ArrayList<>();
        Matcher m = Pattern.compile(":(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+|true|false|null)").matcher(json);
        while (m.find()) {
            waarden.add(new int[] {m.start(1), m.end(1)});
        }
        if (waarden.isEmpty()) {
            return voegVeldToe(json, "\"hulpvraag\":" + nieuw);
        }
        int[] w = waarden.get(kans.nextInt(waarden.size()));
        return json.substring(0, w[0]) + nieuw + json.substring(w[1]);
    }

    private static String voegVeldToe(String json, String veld) {
        if (!json.startsWith("{")) {
            return json;
        }
        return json.equals("{}") ? "{" + veld + "}" : "{" + veld + "," + json.substring(1);
    }

    private static String dubbeleSleutel(String json) {
        Matcher m = Pattern.compile("^\\{(\"[^\"]+\":(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+|true|false|null))").matcher(json);
        return m.find() ? "{" + m.group(1) + "," + json.substring(1) : "{\"a\":1,\"a\":2}";
    }

    private byte[] ongeldigeUtf8(String json) {
        byte[] geldig = utf8(json);
        byte[] slecht = kies(List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xE9}));
        int plek = Math.max(1, json.indexOf(":\"") + 2);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        uit.write(geldig, 0, Math.min(plek, geldig.length));
        uit.write(slecht, 0, slecht.length);
        uit.write(geldig, Math.min(plek, geldig.length), geldig.length - Math.min(plek, geldig.length));
        return uit.toByteArray();
    }

    /** A JSON string literal; characters outside printable ASCII as escapes, so lone surrogates survive. */
    static String json(String tekst) {
        StringBuilder uit = new StringBuilder("\"");
        for (char c : tekst.toCharArray()) {
            if (c == '"' || c == '\\') {
                uit.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7F) {
                uit.append(String.format("\\u%04x", (int) c));
            } else {
                uit.append(c);
            }
        }
        return uit.append('"').toString();
    }

    private static byte[] utf8(String tekst) {
        return tekst.getBytes(StandardCharsets.UTF_8);
    }

    private <T> T kies(List<T> lijst) {
        return lijst.get(kans.nextInt(lijst.size()));
    }

    /** JSON text built by the generator. */
    private record JsonValueTekst(String tekst) {
        @Override
        public String toString() {
            return tekst;
        }
    }
}
