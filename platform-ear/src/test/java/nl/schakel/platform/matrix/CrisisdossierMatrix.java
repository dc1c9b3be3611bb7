package nl.schakel.platform.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.schakel.crisisdossier.domein.CrisisdossierHandeling;
import nl.schakel.platform.TestTokens;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Handeling;
import nl.schakel.toegang.domein.ToegangReden;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;

/**
 * Flow 3, the crisisdossier: the situations of issue 13 (the initiator, the CIT and the Raad as co-owners, Filomena as
 * co-owner and author of an entry, Filomena not chosen on another file, a break-glass opening there, and after the
 * closure both the author of an entry and the initiator, and the initiator after afschaling) and one request per action.
 *
 * <p>Its resources sit inside each other ({@code CRISISDOSSIER} ⊃ {@code AANTEKENING}, {@code TAAK}): a relation looks
 * at one file, the key prefix of its resources ({@code open/AANTEKENING}), and each action works on the type its
 * {@link CrisisdossierHandeling} names. The co-owners' grants ({@code CRISISPARTNER}) are on the file and open what is
 * in it; an author organisation's own grant ({@code EIGENAAR}) is on its entry and outlives the closure. What the gate
 * cannot know is the flow's own rule after it, stated once in {@link #naDePoort}.
 */
final class CrisisdossierMatrix implements Matrixdeclaratie {

    /** The file the four crisis partners work on together. */
    static final String OPEN = "open";
    /** A file Filomena was not chosen for, opened by one of its on-call workers by break-glass. */
    static final String ZONDER_FILOMENA = "zonder-filomena";
    /** A closed file. */
    static final String GESLOTEN = "gesloten";
    /** A file Veilig Thuis scaled down to a concept overdracht of its own (closed as well). */
    static final String AFGESCHAALD = "afgeschaald";

    static final String CRISISDOSSIER = "CRISISDOSSIER";
    static final String AANTEKENING = "AANTEKENING";
    static final String TAAK = "TAAK";

    static final String VT = "VTRR";
    static final String CIT = "CIT-JBRR";
    static final String RAAD = "RVDK-RR";
    static final String FILOMENA = "FIL";

    /** The entry each file's relations look at, and its author: Filomena's medical findings in the open file. */
    private static final Map<String, Aantekening> AANTEKENING_VAN = Map.of(
            OPEN, new Aantekening(FILOMENA, Gegevenscategorie.GEZONDHEID),
            ZONDER_FILOMENA, new Aantekening(CIT, Gegevenscategorie.GEZONDHEID),
            GESLOTEN, new Aantekening(CIT, Gegevenscategorie.VEILIGHEID),
            AFGESCHAALD, new Aantekening(CIT, Gegevenscategorie.VEILIGHEID));

    /** Every entry of each file, for the timeline: the one looked at and, in the open file, the initiator's own. */
    private static final Map<String, List<Aantekening>> TIJDLIJN = Map.of(
            OPEN, List.of(new Aantekening(VT, Gegevenscategorie.VEILIGHEID), AANTEKENING_VAN.get(OPEN)),
            ZONDER_FILOMENA, List.of(AANTEKENING_VAN.get(ZONDER_FILOMENA)),
            GESLOTEN, List.of(AANTEKENING_VAN.get(GESLOTEN)),
            AFGESCHAALD, List.of(AANTEKENING_VAN.get(AFGESCHAALD)));

    /** The resource type of each action, as the code declares it (CrisisdossierHandeling): the matrix does not copy it. */
    private static final Map<String, String> BRONTYPE_VAN_HANDELING = EnumSet.allOf(CrisisdossierHandeling.class).stream()
            .collect(Collectors.toMap(Handeling::naam, handeling -> handeling.brontype().orElseThrow().naam()));

    /** An entry of a matrix file: who wrote it, in which category. */
    record Aantekening(String organisatie, Gegevenscategorie categorie) {}

    @Override
    public String stroom() {
        return "crisisdossier";
    }

    @Override
    public String brontype() {
        return CRISISDOSSIER;
    }

    @Override
    public Doel doel() {
        return Doel.CRISIS;
    }

    @Override
    public String nietGevondenCode() {
        return "CRS-404";
    }

    @Override
    public String bronpad(UUID bron) {
        return "/api/v1/crisisdossiers/" + bron;
    }

    @Override
    public Set<String> voorvoegsels() {
        return Set.of("crisisdossier.");
    }

    @Override
    public List<Verzoek> verzoeken() {
        return List.of(
                Verzoek.lees("crisisdossier.lezen", ""),
                // decided and logged at the opening; the cell reads the first event (where the file stands) and closes
                Verzoek.stroom("crisisdossier.live-volgen", "/live"),
                Verzoek.lees("crisisdossier.aantekeningen-lezen", "/aantekeningen"),
                // an entry without soort, categorie and tekst stops at 400 (CRS-003), nothing written (naDePoort)
                new Verzoek("crisisdossier.aantekening-schrijven", "POST", "/aantekeningen", "{}", 400, false),
                Verzoek.lees("crisisdossier.aantekening-lezen", ""),
                // the author is checked first (CRS-010), then If-Match: a version the entry never had stops the author
                // at 412; the empty body would stop at 400 anyway
                Verzoek.verouderd("crisisdossier.aantekening-corrigeren", "POST", "/correcties", "{}"),
                Verzoek.verouderd("crisisdossier.aantekening-intrekken", "POST", "/intrekking", "{}"),
                // a task without omschrijving and organisation stops at 400 (CRS-004), nothing made (naDePoort)
                new Verzoek("crisisdossier.taak-toevoegen", "POST", "/taken", "{}", 400, false),
                Verzoek.wijziging("crisisdossier.taak-wijzigen", "PUT", "", "{}"),
                // Veilig Thuis's part: Veilig Thuis, without a valid oordeel, stops at 400 (CRS-021), nothing written; every
                // other organisation through the gate is refused with 403 CRS-022, logged (naDePoort)
                new Verzoek("crisisdossier.veiligheid-bijdragen", "PUT", "/veiligheid/" + VT, "{}", 400, false),
                // without If-Match the closure stops at 428: the file stays open for the cells after it
                Verzoek.wijziging("crisisdossier.sluiten", "POST", "/sluiting",
                        "{\"uitkomst\":\"REGULIER\",\"reden\":\"matrix\"}"),
                // the same address decides crisisdossier.afschalen when the outcome is OVERDRACHT (Veilig Thuis's crisis team)
                Verzoek.wijziging("crisisdossier.afschalen", "POST", "/sluiting",
                        "{\"uitkomst\":\"OVERDRACHT\",\"reden\":\"matrix\"}"),
                // without If-Match the SOF7 stays open: the open file's clock for the cells after it
                Verzoek.wijziging("crisisdossier.sof7-afronden", "POST", "/sof7/afronding", "{\"conclusie\":\"matrix\"}"),
                // a casusregisseur without organisation and name stops at 400 (CRS-023): DMFI does not start (naDePoort)
                new Verzoek("crisisdossier.dmfi-regisseren", "PUT", "/dmfi", "{}", 400, false),
                // a request without soort, vraag and spoed stops at 400 (CRS-017), nothing asked (naDePoort)
                new Verzoek("crisisdossier.screening-aanvragen", "POST", "/screeningsverzoeken", "{}", 400, false),
                Verzoek.lees("crisisdossier.screening-lezen", "/screeningsverzoeken"));
    }

    /** The list from every page: the files of any status (this run's three among them). */
    @Override
    public Zoekverzoek zoeken() {
        return new Zoekverzoek("crisisdossier.zoeken", "/api/v1/crisisdossiers?paginaGrootte=100", "crisisdossiers");
    }

    /** Not used for its keys: the timeline's entries are checked one by one ({@link #controleerInhoud}). */
    @Override
    public Veldgroepen veldgroepen() {
        Map<Gegevenscategorie, List<String>> sleutels = new HashMap<>();
        for (Gegevenscategorie categorie : Gegevenscategorie.values()) {
            sleutels.put(categorie, List.of());
        }
        return new Veldgroepen("crisisdossier.aantekeningen-lezen", "aantekeningen", sleutels);
    }

    @Override
    public Map<String, String> zonderCel() {
        return Map.of(
                "crisisdossier.melden", "maakt een dossier en vraagt alleen een rol en een crisispartner als organisatie (geen bron): "
                        + "CrisisdossierIT",
                "crisisdossier.screening-wijzigen", "werkt op een screeningsverzoek, dat alleen bestaat in een dossier met Filomena "
                        + "als partner: het dossier 'zonder-filomena' kan er geen hebben, dus de relatie 'noodtoegang' zou 404 zien "
                        + "waar de poort 403 geeft; Filomena wint, de anderen 403, 412, CRS-020 en de logboekregels: CrisisdossierSporenIT",
                "crisisdossier.noodtoegang", "zou de relaties van de cellen erna veranderen (een persoonlijke toegang op het dossier); "
                        + "de inrichting opent er één en de relatie 'noodtoegang' toont wat zij opent: CrisisdossierIT");
    }

    @Override
    public List<Relatie> relaties(Toegangsbeleid beleid) {
        Set<Gegevenscategorie> vt = beleid.toegestaan(Doel.CRISIS, "VEILIG_THUIS");
        Set<Gegevenscategorie> cit = beleid.toegestaan(Doel.CRISIS, "CRISISINTERVENTIETEAM");
        Set<Gegevenscategorie> raad = beleid.toegestaan(Doel.CRISIS, "RAAD_VOOR_DE_KINDERBESCHERMING");
        Set<Gegevenscategorie> filomena = beleid.toegestaan(Doel.CRISIS, "CENTRUM_HGKM");
        return List.of(
                Relatie.met("initiatiefnemer", VT, "matrix.crs.vt", OPEN, recht(OPEN, CRISISDOSSIER, ToegangReden.CRISISPARTNER, vt)),
                Relatie.met("mede-eigenaar CIT", CIT, "matrix.crs.cit", OPEN, recht(OPEN, CRISISDOSSIER, ToegangReden.CRISISPARTNER, cit)),
                Relatie.met("mede-eigenaar Raad", RAAD, "matrix.crs.raad", OPEN,
                        recht(OPEN, CRISISDOSSIER, ToegangReden.CRISISPARTNER, raad)),
                Relatie.met("mede-eigenaar, auteur", FILOMENA, "matrix.crs.fil", OPEN,
                        recht(OPEN, CRISISDOSSIER, ToegangReden.CRISISPARTNER, filomena),
                        recht(OPEN, AANTEKENING, ToegangReden.EIGENAAR, filomena)),
                Relatie.met("niet gekozen", FILOMENA, "matrix.crs.fil", ZONDER_FILOMENA),
                Relatie.met("noodtoegang", FILOMENA, "matrix.crs.fil.nood", ZONDER_FILOMENA,
                        recht(ZONDER_FILOMENA, CRISISDOSSIER, ToegangReden.NOODTOEGANG, filomena)),
                Relatie.met("na sluiting, auteur", CIT, "matrix.crs.cit", GESLOTEN, recht(GESLOTEN, AANTEKENING, ToegangReden.EIGENAAR, cit)),
                Relatie.met("na sluiting, initiatiefnemer", VT, "matrix.crs.vt", GESLOTEN),
                // Veilig Thuis holds the concept overdracht the file became, not the file: its grant ended with the rest
                Relatie.met("na afschaling, initiatiefnemer", VT, "matrix.crs.vt", AFGESCHAALD));
    }

    private static Recht recht(String situatie, String type, ToegangReden reden, Set<Gegevenscategorie> categorieen) {
        return new Recht(situatie + "/" + type, reden, categorieen);
    }

    @Override
    public String bronVan(Relatie relatie, String handeling) {
        String type = BRONTYPE_VAN_HANDELING.get(handeling);
        if (type == null) {
            throw new IllegalArgumentException("CrisisdossierHandeling kent " + handeling + " niet");
        }
        return relatie.bron() + "/" + type;
    }

    @Override
    public Optional<String> ouder(String sleutel) {
        return brontype(sleutel).equals(CRISISDOSSIER) ? Optional.empty() : Optional.of(situatie(sleutel) + "/" + CRISISDOSSIER);
    }

    @Override
    public String brontype(String sleutel) {
        return sleutel.substring(sleutel.indexOf('/') + 1);
    }

    @Override
    public String pad(Verzoek verzoek, String sleutel, Map<String, UUID> bronnen) {
        UUID id = bronnen.get(sleutel);
        String dossier = "/api/v1/crisisdossiers/" + bronnen.get(situatie(sleutel) + "/" + CRISISDOSSIER);
        String basis = switch (brontype(sleutel)) {
            case CRISISDOSSIER -> dossier;
            case AANTEKENING -> dossier + "/aantekeningen/" + id;
            case TAAK -> dossier + "/taken/" + id;
            default -> throw new IllegalArgumentException(sleutel);
        };
        return basis + verzoek.pad();
    }

    private static String situatie(String sleutel) {
        return sleutel.substring(0, sleutel.indexOf('/'));
    }

    /**
     * The flow's rules after the gate, in the order the use cases apply them (Aantekeningzaken, Taakzaken):
     * <ul>
     * <li>an entry whose category the caller's grants do not show, and that is not its organisation's own, does not
     * exist for it: 404 CRS-404, the refusal logged (the Raad and Filomena's medical findings);</li>
     * <li>a correction or withdrawal reads If-Match first (428 without it), then refuses every organisation but the
     * author's: 403 CRS-010, logged; the author, sending a version the entry never had, gets 412 API-412;</li>
     * <li>an empty entry, task, screening request or casusregisseur stops at its validation: 400 CRS-003, CRS-004, CRS-017
     * or CRS-023, nothing written;</li>
     * <li>a part of the joint veiligheidsbeoordeling is written by its own organisation only: Veilig Thuis's part, empty,
     * stops Veilig Thuis at 400 CRS-021; every other organisation gets 403 CRS-022, logged.</li>
     * </ul>
     * A closed file refuses every change with 409 CRS-012, but no cell reaches it: the closure ends every grant that
     * lets a change through the gate (what remains, the author's {@code EIGENAAR}, only reads).
     */
    @Override
    public Optional<Verwachting> naDePoort(Relatie relatie, String handeling, Verwachting poort) {
        Aantekening aantekening = AANTEKENING_VAN.get(relatie.bron());
        boolean auteur = relatie.organisatie().equals(aantekening.organisatie());
        return switch (handeling) {
            case "crisisdossier.aantekening-lezen" -> auteur || poort.categorieen().contains(aantekening.categorie())
                    ? Optional.empty() : Optional.of(poort.geweigerdNaDePoort(404, "CRS-404"));
            case "crisisdossier.aantekening-corrigeren", "crisisdossier.aantekening-intrekken" ->
                    Optional.of(auteur ? poort.metStatus(412, "API-412") : poort.geweigerdNaDePoort(403, "CRS-010"));
            case "crisisdossier.aantekening-schrijven" -> Optional.of(poort.metStatus(400, "CRS-003"));
            case "crisisdossier.taak-toevoegen" -> Optional.of(poort.metStatus(400, "CRS-004"));
            case "crisisdossier.veiligheid-bijdragen" -> Optional.of(relatie.organisatie().equals(VT)
                    ? poort.metStatus(400, "CRS-021") : poort.geweigerdNaDePoort(403, "CRS-022"));
            case "crisisdossier.screening-aanvragen" -> Optional.of(poort.metStatus(400, "CRS-017"));
            case "crisisdossier.dmfi-regisseren" -> Optional.of(poort.metStatus(400, "CRS-023"));
            default -> Optional.empty();
        };
    }

    /**
     * The timeline as the caller may see it: each entry of the file listed when the caller's grants carry its category
     * or its organisation wrote it, otherwise absent and its category named in {@code achtergehouden} — never more.
     */
    @Override
    public void controleerInhoud(JsonObject antwoord, Relatie relatie, Set<Gegevenscategorie> categorieen) {
        List<String> getoond = antwoord.getJsonArray("aantekeningen").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("organisatieCode") + "/" + a.getString("categorie")).sorted().toList();
        Set<String> achtergehouden = antwoord.getJsonArray("achtergehouden").getValuesAs(JsonString::getString).stream()
                .collect(Collectors.toSet());
        List<Aantekening> tijdlijn = TIJDLIJN.get(relatie.bron());
        List<String> verwacht = tijdlijn.stream()
                .filter(a -> a.organisatie().equals(relatie.organisatie()) || categorieen.contains(a.categorie()))
                .map(a -> a.organisatie() + "/" + a.categorie()).sorted().toList();
        Set<String> verwachtAchtergehouden = tijdlijn.stream()
                .filter(a -> !a.organisatie().equals(relatie.organisatie()) && !categorieen.contains(a.categorie()))
                .map(a -> a.categorie().name()).collect(Collectors.toSet());
        assertThat(getoond).as("de aantekeningen die " + relatie.organisatie() + " ziet").isEqualTo(verwacht);
        assertThat(achtergehouden).as("de achtergehouden categorieën").isEqualTo(verwachtAchtergehouden);
    }

    /**
     * Three files, all started by Veilig Thuis's crisis team. The open one with the CIT, the Raad and Filomena, where
     * Veilig Thuis writes a safety entry, Filomena its medical findings, and Veilig Thuis a task for the CIT. One with
     * the CIT only, where the CIT writes medical findings and an on-call Filomena worker breaks the glass. One with the
     * CIT, where the CIT writes a safety entry, then Veilig Thuis closes it; and one like it that Veilig Thuis scales
     * down to a concept overdracht.
     */
    @Override
    public Map<String, UUID> richtIn(Toegangsbeleid beleid) {
        String vt = TestTokens.voor("matrix.crs.vt", VT, "crisismedewerker");
        String cit = TestTokens.voor("matrix.crs.cit", CIT, "cit-medewerker");
        String filomena = TestTokens.voor("matrix.crs.fil", FILOMENA, "filomena-medewerker");
        String nood = TestTokens.voor("matrix.crs.fil.nood", FILOMENA, "filomena-medewerker");
        Map<String, String> tokens = Map.of(VT, vt, CIT, cit, FILOMENA, filomena);
        Map<String, UUID> bronnen = new HashMap<>();

        Crisisdossiervoorbeeld.Gemaakt open = Crisisdossiervoorbeeld.gemeld(vt, CIT, RAAD, FILOMENA);
        Crisisdossiervoorbeeld.Gemaakt zonderFilomena = Crisisdossiervoorbeeld.gemeld(vt, CIT);
        Crisisdossiervoorbeeld.Gemaakt gesloten = Crisisdossiervoorbeeld.gemeld(vt, CIT);
        Crisisdossiervoorbeeld.Gemaakt afgeschaald = Crisisdossiervoorbeeld.gemeld(vt, CIT);
        for (Map.Entry<String, Crisisdossiervoorbeeld.Gemaakt> dossier : Map.of(OPEN, open, ZONDER_FILOMENA, zonderFilomena,
                GESLOTEN, gesloten, AFGESCHAALD, afgeschaald).entrySet()) {
            String situatie = dossier.getKey();
            bronnen.put(situatie + "/" + CRISISDOSSIER, dossier.getValue().id());
            for (Aantekening aantekening : TIJDLIJN.get(situatie)) {
                UUID id = Crisisdossiervoorbeeld.aantekening(tokens.get(aantekening.organisatie()), dossier.getValue(), "OBSERVATIE",
                        aantekening.categorie().name());
                if (aantekening.equals(AANTEKENING_VAN.get(situatie))) {
                    bronnen.put(situatie + "/" + AANTEKENING, id);
                }
            }
            bronnen.put(situatie + "/" + TAAK, Crisisdossiervoorbeeld.taak(vt, dossier.getValue(), CIT));
        }
        Crisisdossiervoorbeeld.noodtoegang(nood, zonderFilomena);
        Crisisdossiervoorbeeld.gesloten(vt, gesloten);
        Crisisdossiervoorbeeld.afgeschaald(vt, afgeschaald);
        return bronnen;
    }
}
