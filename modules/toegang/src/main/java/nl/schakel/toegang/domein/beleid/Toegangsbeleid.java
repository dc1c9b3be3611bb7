package nl.schakel.toegang.domein.beleid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.domein.ToegangReden;
import nl.schakel.gedeeld.json.JsonFabriek;

/**
 * The access policy, as configuration in one reviewed place: {@code toegangsbeleid.json}. Which data
 * categories a purpose may ever carry to which kind of organisation, which roles may do which action, and
 * the terms of break-glass access. A sender can narrow what the policy allows, never widen it.
 */
@ApplicationScoped
public class Toegangsbeleid {

    public static final String BESTAND = "/toegangsbeleid.json";

    private final Map<Doel, Map<String, Set<Gegevenscategorie>>> categorieen = new HashMap<>();
    private final Map<String, Regel> regels = new HashMap<>();
    private Set<Rol> noodtoegangRollen = Set.of();
    private Duration noodtoegangDuur = Duration.ofHours(4);
    private String versie = "";
    private final Map<Doel, String> grondslagen = new HashMap<>();
    private final Map<Doel, Verwerking> verwerkingen = new EnumMap<>(Doel.class);

    public Toegangsbeleid() {
        try (InputStream in = Toegangsbeleid.class.getResourceAsStream(BESTAND)) {
            if (in == null) {
                throw new IllegalStateException("toegangsbeleid ontbreekt: " + BESTAND);
            }
            lees(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Toegangsbeleid(InputStream in) {
        lees(in);
    }

    /** A policy from another document than the reviewed file: for tools and for tests that try a policy change. */
    public static Toegangsbeleid uit(InputStream in) {
        return new Toegangsbeleid(in);
    }

    private void lees(InputStream in) {
        try (JsonReader lezer = JsonFabriek.lezer(in)) {
            JsonObject beleid = lezer.readObject();
            versie = beleid.getString("versie");
            beleid.getJsonObject("doelen").forEach((doel, perType) -> {
                Map<String, Set<Gegevenscategorie>> perOrganisatietype = new HashMap<>();
                perType.asJsonObject().forEach((type, lijst) ->
                        perOrganisatietype.put(type, categorieen(lijst.asJsonArray())));
                categorieen.put(Doel.valueOf(doel), perOrganisatietype);
            });
            beleid.getJsonObject("handelingen").forEach((handeling, regel) -> {
                JsonObject r = regel.asJsonObject();
                Set<Rol> rollen = r.getJsonArray("rollen").getValuesAs(JsonString::getString).stream()
                        .map(claim -> Rol.vanClaim(claim).orElseThrow(() -> new IllegalStateException("onbekende rol in beleid: " + claim)))
                        .collect(Collectors.toSet());
                Set<ToegangReden> redenen = r.containsKey("redenen")
                        ? r.getJsonArray("redenen").getValuesAs(JsonString::getString).stream().map(ToegangReden::valueOf)
                                .collect(Collectors.toSet())
                        : Set.of();
                regels.put(handeling, new Regel(handeling, rollen, redenen));
            });
            beleid.getJsonObject("grondslagen").forEach((doel, tekst) ->
                    grondslagen.put(Doel.valueOf(doel), ((JsonString) tekst).getString()));
            if (beleid.containsKey("verwerkingen")) {
                beleid.getJsonObject("verwerkingen").forEach((doel, v) -> verwerkingen.put(Doel.valueOf(doel), verwerking(Doel.valueOf(doel), v.asJsonObject())));
            }
            JsonObject nood = beleid.getJsonObject("noodtoegang");
            noodtoegangDuur = Duration.ofHours(nood.getInt("duurUren"));
            noodtoegangRollen = nood.getJsonArray("rollen").getValuesAs(JsonString::getString).stream()
                    .map(claim -> Rol.vanClaim(claim).orElseThrow()).collect(Collectors.toSet());
        }
    }

    private static Verwerking verwerking(Doel doel, JsonObject v) {
        return new Verwerking(doel, v.getString("omschrijving"), teksten(v, "handelingen"), teksten(v, "betrokkenen"),
                teksten(v, "verantwoordelijken"), v.containsKey("categorieen") ? categorieen(v.getJsonArray("categorieen")) : Set.of(),
                v.containsKey("bewaardMet") ? Optional.of(Doel.valueOf(v.getString("bewaardMet"))) : Optional.empty());
    }

    private static List<String> teksten(JsonObject object, String naam) {
        return object.containsKey(naam) ? object.getJsonArray(naam).getValuesAs(JsonString::getString) : List.of();
    }

    private static Set<Gegevenscategorie> categorieen(JsonArray lijst) {
        Set<Gegevenscategorie> set = EnumSet.noneOf(Gegevenscategorie.class);
        lijst.getValuesAs(JsonString::getString).forEach(naam -> set.add(Gegevenscategorie.valueOf(naam)));
        return set;
    }

    /** The categories {@code doel} may ever carry to an organisation of {@code organisatietype}; empty = none. */
    public Set<Gegevenscategorie> toegestaan(Doel doel, String organisatietype) {
        return categorieen.getOrDefault(doel, Map.of()).getOrDefault(organisatietype, Set.of());
    }

    /** The organisation types the policy lets take part in {@code doel} (those with categories); empty when none. */
    public Set<String> organisatietypen(Doel doel) {
        return Set.copyOf(categorieen.getOrDefault(doel, Map.of()).keySet());
    }

    /** The rule for an action such as {@code overdracht.accepteren}; an action the policy does not name is refused. */
    public Optional<Regel> regel(String handeling) {
        return Optional.ofNullable(regels.get(handeling));
    }

    /** The legal basis on which data is processed for this purpose, as the logboek records it. */
    public String grondslag(Doel doel) {
        return grondslagen.getOrDefault(doel, "onbekend");
    }

    /** What the register of processing says about a purpose beyond access (section {@code verwerkingen}). */
    public Optional<Verwerking> verwerking(Doel doel) {
        return Optional.ofNullable(verwerkingen.get(doel));
    }

    /** The purposes that have a legal basis: the ones the register of processing must describe. */
    public Set<Doel> doelenMetGrondslag() {
        return Set.copyOf(grondslagen.keySet());
    }

    public Set<Rol> noodtoegangRollen() {
        return noodtoegangRollen;
    }

    public Duration noodtoegangDuur() {
        return noodtoegangDuur;
    }

    public Set<String> handelingen() {
        return Set.copyOf(regels.keySet());
    }

    public String versie() {
        return versie;
    }
}
