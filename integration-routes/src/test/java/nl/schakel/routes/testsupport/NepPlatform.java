package nl.schakel.routes.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.UUID;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/**
 * Een echte HTTP-server (JDK) die de tokenuitgever en de organisaties-API van het platform speelt
 * zoals de afspraken tussen de onderdelen ze beschrijven, en elk verzoek vastlegt. Ook de gebeurtenissenfeed
 * ({@code GET /api/v1/gebeurtenissen?na=&limiet=}, afspraken "Event feed"): volgnummers zonder gaten, oudste eerst.
 */
public class NepPlatform implements AutoCloseable {

    public static final String CLIENT_ID = "schakel-integratie";
    public static final String CLIENT_SECRET = "test-geheim";

    public record Verzoek(String methode, String pad, String query, String authorization, String ifMatch,
            String body) {

        public boolean isSchrijf() {
            return methode.equals("POST") || methode.equals("PUT");
        }

        public JsonObject json() {
            return Jsoner.deserialize(body, new JsonObject());
        }
    }

    private final HttpServer server;
    private final List<Verzoek> verzoeken = new CopyOnWriteArrayList<>();
    private final Map<String, JsonObject> organisaties = new ConcurrentHashMap<>();
    private final Set<String> geldigeTokens = ConcurrentHashMap.newKeySet();
    private final AtomicInteger tokenTeller = new AtomicInteger();
    private final AtomicInteger idTeller = new AtomicInteger(100);
    private final AtomicInteger storingen = new AtomicInteger();
    private volatile boolean plat;
    private volatile int tokenGeldigSeconden = 300;
    private final List<JsonObject> gebeurtenissen = new CopyOnWriteArrayList<>();
    private volatile boolean feedPlat;
    private final java.util.Queue<Integer> overdrachtAntwoorden = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final Map<String, JsonObject> crisisdossiers = new ConcurrentHashMap<>();

    public NepPlatform() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/realms/schakel/protocol/openid-connect/token", this::token);
        server.createContext("/api/v1/organisaties", this::organisaties);
        server.createContext("/api/v1/gebeurtenissen", this::gebeurtenissen);
        server.createContext("/api/v1/overdrachten", this::overdrachten);
        server.createContext("/api/v1/crisisdossiers", this::crisisdossiers);
        server.start();
    }

    public String tokenUrl() {
        return basis() + "/realms/schakel/protocol/openid-connect/token";
    }

    public String apiUrl() {
        return basis() + "/api/v1";
    }

    private String basis() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    // --- sturen vanuit de test ---

    /** Een bestaande organisatie in het platform (versie zoals opgegeven). */
    public String zaai(String code, String naam, String type, List<String> gemeenten, String ouder, int versie) {
        String id = "org-" + idTeller.incrementAndGet();
        JsonObject o = new JsonObject();
        o.put("id", id);
        o.put("versie", versie);
        o.put("laatstGewijzigd", "2026-11-01T10:00:00Z");
        o.put("code", code);
        o.put("naam", naam);
        o.put("type", type);
        o.put("gemeenten", new JsonArray(gemeenten));
        o.put("bovenliggendeOrganisatie", ouder);
        organisaties.put(code, o);
        return id;
    }

    /** De volgende {@code aantal} API-verzoeken krijgen 503. */
    public void storing(int aantal) {
        storingen.set(aantal);
    }

    /** Zolang plat: elk API-verzoek krijgt 503. */
    public void plat(boolean plat) {
        this.plat = plat;
    }

    /** Alle uitgegeven tokens ongeldig (zoals na een sleutelwissel): de API antwoordt 401. */
    public void trekTokensIn() {
        geldigeTokens.clear();
    }

    public void tokenGeldigSeconden(int seconden) {
        this.tokenGeldigSeconden = seconden;
    }

    /** Een nieuwe gebeurtenis in de feed (volgende volgnummer); geeft het id (= CloudEvent-id). */
    public synchronized String gebeurtenis(String type, String ontvanger, String eigenaar) {
        String id = UUID.randomUUID().toString();
        JsonObject g = new JsonObject(new LinkedHashMap<>());
        g.put("volgnummer", gebeurtenissen.size() + 1L);
        g.put("id", id);
        g.put("type", type);
        g.put("bron", "urn:nl:schakel:overdracht");
        g.put("onderwerp", apiUrl() + "/overdrachten/" + UUID.randomUUID());
        g.put("tijdstip", java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        g.put("ontvanger", ontvanger);
        g.put("eigenaar", eigenaar);
        gebeurtenissen.add(g);
        return id;
    }

    /** Een gebeurtenis met meer ontvangers: {@code ontvangers} als array in plaats van {@code ontvanger} (afspraken). */
    public synchronized String gebeurtenis(String type, List<String> ontvangers, String eigenaar) {
        String id = gebeurtenis(type, ontvangers.get(0), eigenaar);
        JsonObject g = gebeurtenissen.get(gebeurtenissen.size() - 1);
        JsonObject nieuw = new JsonObject(new LinkedHashMap<>());
        g.forEach((sleutel, waarde) -> {
            if (sleutel.equals("ontvanger")) {
                nieuw.put("ontvangers", new JsonArray(ontvangers));
            } else if (sleutel.equals("eigenaar")) {
                nieuw.put("eigenaren", new JsonArray(List.of(eigenaar)));
            } else {
                nieuw.put(sleutel, waarde);
            }
        });
        gebeurtenissen.set(gebeurtenissen.size() - 1, nieuw);
        return id;
    }

    /**
     * Een gebeurtenis van een andere stroom (bron {@code urn:nl:schakel:<stroom>}) met een eigen onderwerp
     * ({@code pad} onder de API-basis, bijvoorbeeld {@code /agendapunten/<id>}); één of meer ontvangers zoals in de feed.
     */
    public synchronized String gebeurtenis(String type, String bron, String pad, List<String> ontvangers, String eigenaar) {
        String id = ontvangers.size() == 1 ? gebeurtenis(type, ontvangers.get(0), eigenaar) : gebeurtenis(type, ontvangers, eigenaar);
        JsonObject g = gebeurtenissen.get(gebeurtenissen.size() - 1);
        g.put("bron", bron);
        g.put("onderwerp", apiUrl() + pad);
        return id;
    }

    public List<JsonObject> gebeurtenissen() {
        return List.copyOf(gebeurtenissen);
    }

    public List<Verzoek> feedVerzoeken() {
        return verzoeken.stream().filter(v -> v.pad().startsWith("/api/v1/gebeurtenissen")).toList();
    }

    /** Zolang plat: de feed antwoordt 503. */
    public void feedPlat(boolean plat) {
        this.feedPlat = plat;
    }

    /**
     * De volgende {@code POST /overdrachten} krijgen deze statussen, op volgorde (daarna weer 201): 503 kaal,
     * 400 als OVD-001 met invalidParams, 403 als TGN-002 (het beleid van het platform voor rol integratie).
     */
    public void overdrachtAntwoorden(Integer... statussen) {
        overdrachtAntwoorden.addAll(List.of(statussen));
    }

    public List<Verzoek> overdrachtPosts() {
        return verzoeken.stream().filter(v -> v.pad().equals("/api/v1/overdrachten") && v.methode().equals("POST")).toList();
    }

    /**
     * Een crisisdossier zoals {@code GET /api/v1/crisisdossiers/{id}} het geeft (met namen): wat achter het onderwerp
     * van een gebeurtenis staat. De routes horen het niet op te halen; elk verzoek wordt vastgelegd.
     */
    public void crisisdossier(String id, JsonObject dossier) {
        crisisdossiers.put(id, dossier);
    }

    public JsonObject organisatie(String code) {
        return organisaties.get(code);
    }

    public List<Verzoek> verzoeken() {
        return List.copyOf(verzoeken);
    }

    public List<Verzoek> apiVerzoeken() {
        return verzoeken.stream().filter(v -> v.pad().startsWith("/api/")).toList();
    }

    public List<Verzoek> schrijfVerzoeken() {
        return apiVerzoeken().stream().filter(Verzoek::isSchrijf).toList();
    }

    public List<Verzoek> tokenVerzoeken() {
        return verzoeken.stream().filter(v -> v.pad().endsWith("/token")).toList();
    }

    public void vergeetVerzoeken() {
        verzoeken.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // --- tokenuitgever ---

    private void token(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        leg(ex, body);
        Map<String, String> form = formulier(body);
        if (!"POST".equals(ex.getRequestMethod()) || !"client_credentials".equals(form.get("grant_type"))) {
            stuur(ex, 400, "application/json", "{\"error\":\"unsupported_grant_type\"}");
            return;
        }
        if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            stuur(ex, 401, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        String token = "token-" + tokenTeller.incrementAndGet();
        geldigeTokens.add(token);
        stuur(ex, 200, "application/json", "{\"access_token\":\"" + token + "\",\"expires_in\":" + tokenGeldigSeconden
                + ",\"token_type\":\"Bearer\"}");
    }

    // --- organisaties-API ---

    private void organisaties(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        leg(ex, body);
        if (plat || storingen.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            stuur(ex, 503, "text/plain", "Service Unavailable");
            return;
        }
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || !geldigeTokens.contains(auth.substring(7))) {
            stuur(ex, 401, "application/problem+json", probleem(401, "AUTH-001", "Geen geldig token"));
            return;
        }
        String pad = ex.getRequestURI().getPath();
        String methode = ex.getRequestMethod();
        if (pad.equals("/api/v1/organisaties") && methode.equals("GET")) {
            zoek(ex);
        } else if (pad.equals("/api/v1/organisaties") && methode.equals("POST")) {
            maakAan(ex, Jsoner.deserialize(body, new JsonObject()));
        } else if (pad.startsWith("/api/v1/organisaties/") && methode.equals("PUT")) {
            werkBij(ex, pad.substring("/api/v1/organisaties/".length()), Jsoner.deserialize(body, new JsonObject()));
        } else {
            stuur(ex, 405, "text/plain", "");
        }
    }

    // --- gebeurtenissenfeed ---

    private void gebeurtenissen(HttpExchange ex) throws IOException {
        leg(ex, "");
        if (feedPlat) {
            stuur(ex, 503, "text/plain", "Service Unavailable");
            return;
        }
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || !geldigeTokens.contains(auth.substring(7))) {
            stuur(ex, 401, "application/problem+json", probleem(401, "AUTH-001", "Geen geldig token"));
            return;
        }
        if (!ex.getRequestMethod().equals("GET") || !ex.getRequestURI().getPath().equals("/api/v1/gebeurtenissen")) {
            stuur(ex, 405, "text/plain", "");
            return;
        }
        Map<String, String> q = formulier(ex.getRequestURI().getRawQuery());
        long na = Long.parseLong(q.getOrDefault("na", "0"));
        int limiet = Integer.parseInt(q.getOrDefault("limiet", "100"));
        if (limiet < 1 || limiet > 500 || na < 0) {
            stuur(ex, 400, "application/problem+json", probleem(400, "GEB-001", "na of limiet ongeldig"));
            return;
        }
        JsonArray lijst = new JsonArray();
        gebeurtenissen.stream().filter(g -> ((Number) g.get("volgnummer")).longValue() > na).limit(limiet)
                .forEach(lijst::add);
        long laatste = lijst.isEmpty() ? na : ((Number) ((JsonObject) lijst.get(lijst.size() - 1)).get("volgnummer")).longValue();
        JsonObject pagina = new JsonObject(new LinkedHashMap<>());
        pagina.put("_embedded", new JsonObject(Map.of("gebeurtenissen", lijst)));
        pagina.put("_links", new JsonObject(Map.of(
                "self", new JsonObject(Map.of("href", apiUrl() + "/gebeurtenissen?na=" + na + "&limiet=" + limiet)),
                "next", new JsonObject(Map.of("href", apiUrl() + "/gebeurtenissen?na=" + laatste + "&limiet=" + limiet)))));
        stuur(ex, 200, "application/json", pagina.toJson());
    }

    // --- overdrachten-API (alleen aanmaken) ---

    private void overdrachten(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        leg(ex, body);
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || !geldigeTokens.contains(auth.substring(7))) {
            stuur(ex, 401, "application/problem+json", probleem(401, "AUTH-001", "Geen geldig token"));
            return;
        }
        if (!ex.getRequestMethod().equals("POST") || !ex.getRequestURI().getPath().equals("/api/v1/overdrachten")) {
            stuur(ex, 405, "text/plain", "");
            return;
        }
        Integer status = overdrachtAntwoorden.poll();
        if (status != null && status >= 500) {
            stuur(ex, status, "text/plain", "Service Unavailable");
        } else if (status != null && status == 400) {
            JsonObject p = Jsoner.deserialize(probleem(400, "OVD-001", "De inhoud van de overdracht voldoet niet aan de regels"),
                    new JsonObject());
            p.put("invalidParams", new JsonArray(List.of(new JsonObject(Map.of("name", "aanleiding.meldingDatum",
                    "reason", "ontbreekt")))));
            stuur(ex, 400, "application/problem+json", p.toJson());
        } else if (status != null && status == 403) {
            stuur(ex, 403, "application/problem+json", probleem(403, "TGN-002",
                    "Alleen de rol procesregisseur mag overdrachten opstellen"));
        } else if (status != null && status != 201) {
            stuur(ex, status, "application/problem+json", probleem(status, "HTTP-" + status, "Afgewezen"));
        } else {
            String id = UUID.randomUUID().toString();
            JsonObject o = Jsoner.deserialize(body, new JsonObject());
            o.put("id", id);
            o.put("versie", 1);
            ex.getResponseHeaders().add("Location", apiUrl() + "/overdrachten/" + id);
            stuur(ex, 201, "application/json", o.toJson());
        }
    }

    // --- crisisdossiers-API (alleen lezen) ---

    private void crisisdossiers(HttpExchange ex) throws IOException {
        leg(ex, "");
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || !geldigeTokens.contains(auth.substring(7))) {
            stuur(ex, 401, "application/problem+json", probleem(401, "AUTH-001", "Geen geldig token"));
            return;
        }
        String pad = ex.getRequestURI().getPath();
        JsonObject dossier = crisisdossiers.get(pad.substring(pad.lastIndexOf('/') + 1));
        if (!ex.getRequestMethod().equals("GET") || dossier == null) {
            stuur(ex, 404, "application/problem+json", probleem(404, "CRS-404", "Dit crisisdossier bestaat niet."));
            return;
        }
        stuur(ex, 200, "application/json", dossier.toJson());
    }

    private void zoek(HttpExchange ex) throws IOException {
        String code = formulier(ex.getRequestURI().getRawQuery()).get("code");
        JsonArray lijst = new JsonArray();
        organisaties.values().stream().filter(o -> code == null || code.equals(o.get("code"))).forEach(lijst::add);
        JsonObject pagina = new JsonObject();
        pagina.put("_embedded", new JsonObject(Map.of("organisaties", lijst)));
        pagina.put("_links", new JsonObject(Map.of("self", new JsonObject(Map.of("href", ex.getRequestURI().toString())))));
        stuur(ex, 200, "application/json", pagina.toJson());
    }

    private void maakAan(HttpExchange ex, JsonObject o) throws IOException {
        String code = o.getString("code");
        if (organisaties.containsKey(code)) {
            stuur(ex, 409, "application/problem+json", probleem(409, "ORG-002", "Code " + code + " is al in gebruik"));
            return;
        }
        if (!geldig(ex, o)) {
            return;
        }
        String id = zaai(code, o.getString("naam"), o.getString("type"), tekstLijst(o.get("gemeenten")),
                o.getString("bovenliggendeOrganisatie"), 1);
        ex.getResponseHeaders().add("Location", apiUrl() + "/organisaties/" + id);
        stuur(ex, 201, "application/json", organisaties.get(code).toJson());
    }

    private void werkBij(HttpExchange ex, String id, JsonObject o) throws IOException {
        JsonObject bestaand = organisaties.values().stream().filter(b -> id.equals(b.get("id"))).findFirst().orElse(null);
        if (bestaand == null) {
            stuur(ex, 404, "application/problem+json", probleem(404, "ORG-004", "Organisatie bestaat niet"));
            return;
        }
        String ifMatch = ex.getRequestHeaders().getFirst("If-Match");
        if (ifMatch == null) {
            stuur(ex, 428, "application/problem+json", probleem(428, "ORG-005", "If-Match ontbreekt"));
            return;
        }
        if (!ifMatch.equals("\"" + bestaand.get("versie") + "\"")) {
            stuur(ex, 412, "application/problem+json", probleem(412, "ORG-003", "Versie is verouderd"));
            return;
        }
        if (!geldig(ex, o)) {
            return;
        }
        bestaand.put("naam", o.getString("naam"));
        bestaand.put("type", o.getString("type"));
        bestaand.put("gemeenten", new JsonArray(tekstLijst(o.get("gemeenten"))));
        bestaand.put("bovenliggendeOrganisatie", o.getString("bovenliggendeOrganisatie"));
        bestaand.put("versie", ((Number) bestaand.get("versie")).intValue() + 1);
        stuur(ex, 200, "application/json", bestaand.toJson());
    }

    private boolean geldig(HttpExchange ex, JsonObject o) throws IOException {
        String ouder = o.getString("bovenliggendeOrganisatie");
        if (ouder != null && !organisaties.containsKey(ouder)) {
            JsonObject p = Jsoner.deserialize(probleem(400, "ORG-001",
                    "Bovenliggende organisatie " + ouder + " bestaat niet"), new JsonObject());
            p.put("invalidParams", new JsonArray(List.of(new JsonObject(Map.of("name", "bovenliggendeOrganisatie",
                    "reason", "onbekend")))));
            stuur(ex, 400, "application/problem+json", p.toJson());
            return false;
        }
        return true;
    }

    private static List<String> tekstLijst(Object waarde) {
        List<String> lijst = new ArrayList<>();
        if (waarde instanceof List<?> l) {
            l.forEach(x -> lijst.add(String.valueOf(x)));
        }
        return lijst;
    }

    private static String probleem(int status, String code, String detail) {
        JsonObject p = new JsonObject(new LinkedHashMap<>());
        p.put("type", "https://schakel.example/problemen/" + code);
        p.put("title", "Verzoek afgewezen");
        p.put("status", status);
        p.put("code", code);
        p.put("detail", detail);
        return p.toJson();
    }

    private void leg(HttpExchange ex, String body) {
        verzoeken.add(new Verzoek(ex.getRequestMethod(), ex.getRequestURI().getPath(), ex.getRequestURI().getRawQuery(),
                ex.getRequestHeaders().getFirst("Authorization"), ex.getRequestHeaders().getFirst("If-Match"), body));
    }

    private static Map<String, String> formulier(String tekst) {
        Map<String, String> m = new HashMap<>();
        if (tekst == null || tekst.isEmpty()) {
            return m;
        }
        for (String deel : tekst.split("&")) {
            String[] kv = deel.split("=", 2);
            m.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return m;
    }

    private static void stuur(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }
}
