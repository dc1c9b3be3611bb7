package nl.schakel.toegang.domein.bewaren;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.schakel.partners.domein.OrganisatieType;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.gedeeld.json.JsonFabriek;

/**
 * The retention rules, as reviewed configuration beside the access policy: {@code bewaartermijnen.json}. One rule per
 * resource type and owning organisation type, and one for the logboek. Read at deployment; a file that breaks a rule
 * below stops the platform with a message naming every fault (a retention rule that silently does not apply would
 * keep data too long, or destroy it too early). Whether the rules fit the declared resource types and the policy is
 * checked at start by {@code Bewaartermijncontrole}.
 */
@ApplicationScoped
public class Bewaartermijnen {

    public static final String BESTAND = "/bewaartermijnen.json";
    /** The logboek's own brontype in the register. */
    public static final String LOGBOEK = "LOGBOEK";
    /** NEN 7513 and the BIO: an access log is kept at least this long. */
    public static final Termijn LOGBOEK_MINIMAAL = new Termijn(5, 0);

    private static final Pattern BRONTYPE = Pattern.compile("[A-Z][A-Z_]{1,39}");
    private static final Set<String> REGELVELDEN = Set.of("brontype", "doel", "eigenaar", "termijn", "start", "toelichting");

    private final List<Bewaarregel> regels = new ArrayList<>();
    private Bewaarregel logboek;
    private String versie;

    public Bewaartermijnen() {
        try (InputStream in = Bewaartermijnen.class.getResourceAsStream(BESTAND)) {
            if (in == null) {
                throw new IllegalStateException("bewaartermijnen ontbreken: " + BESTAND + "; Schakel start niet.");
            }
            lees(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Bewaartermijnen(InputStream in) {
        lees(in);
    }

    /** Rules from another document than the reviewed file: for tests that try a broken or changed file. */
    public static Bewaartermijnen uit(InputStream in) {
        return new Bewaartermijnen(in);
    }

    public List<Bewaarregel> regels() {
        return List.copyOf(regels);
    }

    /** The rule for a resource type of an owner's type; empty when the file has none. */
    public Optional<Bewaarregel> regel(String brontype, String eigenaar) {
        return regels.stream().filter(r -> r.brontype().equals(brontype) && r.eigenaar().equals(eigenaar)).findFirst();
    }

    /** The logboek's rule: its own term, at least five years and never shorter than the longest rule. */
    public Bewaarregel logboek() {
        return logboek;
    }

    public String versie() {
        return versie;
    }

    private void lees(InputStream in) {
        List<String> fouten = new ArrayList<>();
        JsonObject bestand;
        try (JsonReader lezer = JsonFabriek.lezer(in)) {
            bestand = lezer.readObject();
        } catch (JsonException | ClassCastException e) {
            throw ongeldig(List.of("het bestand is geen JSON-object: " + e.getMessage()));
        }
        versie = tekst(bestand, "versie", "het bestand", fouten);
        tekst(bestand, "toelichting", "het bestand", fouten);
        if (!(bestand.get("regels") instanceof jakarta.json.JsonArray lijst) || lijst.isEmpty()) {
            fouten.add("'regels' ontbreekt of is leeg.");
        } else {
            for (int i = 0; i < lijst.size(); i++) {
                if (lijst.get(i) instanceof JsonObject regel) {
                    leesRegel(regel, "regel " + (i + 1), fouten).ifPresent(regels::add);
                } else {
                    fouten.add("regel " + (i + 1) + " is geen object.");
                }
            }
        }
        dubbel(fouten);
        if (bestand.get("logboek") instanceof JsonObject l) {
            logboek = leesLogboek(l, fouten);
        } else {
            fouten.add("'logboek' ontbreekt: het logboek heeft een eigen bewaartermijn.");
        }
        if (!fouten.isEmpty()) {
            throw ongeldig(fouten);
        }
    }

    private static Optional<Bewaarregel> leesRegel(JsonObject regel, String waar, List<String> fouten) {
        int voor = fouten.size();
        regel.keySet().stream().filter(k -> !REGELVELDEN.contains(k)).sorted()
                .forEach(k -> fouten.add(waar + ": onbekend veld '" + k + "' (bedoeld: een van " + REGELVELDEN.stream().sorted().toList() + ")."));
        String brontype = tekst(regel, "brontype", waar, fouten);
        if (brontype != null && !BRONTYPE.matcher(brontype).matches()) {
            fouten.add(waar + ": brontype '" + brontype + "' is geen brontype (hoofdletters, zoals OVERDRACHT).");
        }
        Doel doel = waarde(Doel.class, tekst(regel, "doel", waar, fouten), waar + ": doel", fouten);
        String eigenaar = tekst(regel, "eigenaar", waar, fouten);
        waarde(OrganisatieType.class, eigenaar, waar + ": eigenaar", fouten);
        Termijn termijn = termijn(regel, waar, fouten);
        Klokstart start = waarde(Klokstart.class, tekst(regel, "start", waar, fouten), waar + ": start", fouten);
        String toelichting = tekst(regel, "toelichting", waar, fouten);
        if (fouten.size() > voor) {
            return Optional.empty();
        }
        return Optional.of(new Bewaarregel(brontype, doel, eigenaar, termijn, start, toelichting));
    }

    private Bewaarregel leesLogboek(JsonObject l, List<String> fouten) {
        int voor = fouten.size();
        Termijn termijn = termijn(l, "logboek", fouten);
        Klokstart start = waarde(Klokstart.class, tekst(l, "start", "logboek", fouten), "logboek: start", fouten);
        String toelichting = tekst(l, "toelichting", "logboek", fouten);
        if (termijn != null && termijn.isKorterDan(LOGBOEK_MINIMAAL)) {
            fouten.add("logboek: " + termijn.omschrijving() + " is korter dan de wettelijke ondergrens van "
                    + LOGBOEK_MINIMAAL.omschrijving() + " (NEN 7513, BIO).");
        }
        regels.stream().max(Comparator.comparingInt(r -> r.termijn().inMaanden()))
                .filter(langste -> termijn != null && termijn.isKorterDan(langste.termijn()))
                .ifPresent(langste -> fouten.add("logboek: " + termijn.omschrijving() + " is korter dan de langste termijn van wat het "
                        + "beschrijft (" + langste.brontype() + " van " + langste.eigenaar() + ": " + langste.termijn().omschrijving()
                        + "); het logboek mag nooit eerder weg dan de gegevens waarover het verantwoording aflegt."));
        if (fouten.size() > voor) {
            return null;
        }
        return new Bewaarregel(LOGBOEK, Doel.AUDIT, OrganisatieType.PLATFORMBEHEER.name(), termijn, start, toelichting);
    }

    private void dubbel(List<String> fouten) {
        Set<String> gezien = new HashSet<>();
        Map<String, Doel> doelVanType = new HashMap<>();
        for (Bewaarregel r : regels) {
            if (!gezien.add(r.brontype() + "/" + r.eigenaar())) {
                fouten.add(r.brontype() + " van " + r.eigenaar() + " heeft meer dan een regel.");
            }
            Doel eerder = doelVanType.putIfAbsent(r.brontype(), r.doel());
            if (eerder != null && eerder != r.doel()) {
                fouten.add(r.brontype() + " staat onder twee doelen: " + eerder + " en " + r.doel() + ".");
            }
        }
    }

    private static Termijn termijn(JsonObject object, String waar, List<String> fouten) {
        if (!(object.get("termijn") instanceof JsonObject t)) {
            fouten.add(waar + ": 'termijn' ontbreekt (bijvoorbeeld {\"jaren\": 20} of {\"maanden\": 12}).");
            return null;
        }
        if (t.isEmpty() || !Set.of("jaren", "maanden").containsAll(t.keySet())) {
            fouten.add(waar + ": 'termijn' kent alleen 'jaren' en 'maanden': " + t + ".");
            return null;
        }
        int jaren = geheel(t, "jaren", waar, fouten);
        int maanden = geheel(t, "maanden", waar, fouten);
        if (jaren < 0 || maanden < 0) {
            return null;
        }
        if (jaren * 12 + maanden == 0) {
            fouten.add(waar + ": een bewaartermijn van nul bewaart niets; geef jaren of maanden.");
            return null;
        }
        if (jaren * 12 + maanden > 100 * 12) {
            fouten.add(waar + ": " + jaren + " jaar en " + maanden + " maanden is langer dan honderd jaar: bedoeld?");
            return null;
        }
        return new Termijn(jaren, maanden);
    }

    private static int geheel(JsonObject t, String naam, String waar, List<String> fouten) {
        JsonValue waarde = t.get(naam);
        if (waarde == null) {
            return 0;
        }
        if (waarde instanceof jakarta.json.JsonNumber getal && getal.isIntegral() && getal.intValue() >= 0) {
            return getal.intValue();
        }
        fouten.add(waar + ": '" + naam + "' is een geheel getal van nul of meer, niet " + waarde + ".");
        return -1;
    }

    private static String tekst(JsonObject object, String naam, String waar, List<String> fouten) {
        if (object.get(naam) instanceof jakarta.json.JsonString s && !s.getString().isBlank()) {
            return s.getString();
        }
        fouten.add(waar + ": '" + naam + "' ontbreekt of is leeg.");
        return null;
    }

    private static <E extends Enum<E>> E waarde(Class<E> soort, String naam, String waar, List<String> fouten) {
        if (naam == null) {
            return null;
        }
        try {
            return Enum.valueOf(soort, naam);
        } catch (IllegalArgumentException e) {
            fouten.add(waar + " '" + naam + "' bestaat niet; een van " + Arrays.stream(soort.getEnumConstants()).map(Enum::name).toList() + ".");
            return null;
        }
    }

    private static IllegalStateException ongeldig(List<String> fouten) {
        return new IllegalStateException("bewaartermijnen.json klopt niet; Schakel start niet:\n  - " + String.join("\n  - ", fouten));
    }
}
