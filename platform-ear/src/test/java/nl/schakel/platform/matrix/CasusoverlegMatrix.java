package nl.schakel.platform.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.schakel.casusoverleg.domein.CasusoverlegHandeling;
import nl.schakel.platform.TestTokens;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Handeling;
import nl.schakel.toegang.domein.ToegangReden;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;

/**
 * Flow 2, the casusoverleg of the Zorg- en Veiligheidshuis: the situations of issue 12 (chair, organiser, aanmelder,
 * invited to this item as contributor and as reader, the same invitation without the confidentiality statement,
 * invited to another item of the same meeting, invited but only another team of the same organisation, proposed but not
 * yet invited, not invited, after the window and after afschaling (each also holding an open action), break-glass) and
 * one request per action.
 *
 * <p>Its resources sit inside each other (docs/nieuwe-stroom.md, step 1): a relation looks at one situation, the key
 * prefix of its resources ({@code lopend/AGENDAPUNT}), and each action works on the resource of the type its
 * {@link CasusoverlegHandeling} names; the expected answer follows from the relation's grants on that resource and the
 * ones it sits in, exactly as the gate looks. What the gate cannot know is the flow's own rule after it, stated once in
 * {@link #naDePoort}.
 */
final class CasusoverlegMatrix implements Matrixdeclaratie {

    static final String LOPEND = "lopend";
    static final String AFGESCHAALD = "afgeschaald";
    static final String AANMELDING = "AANMELDING";
    static final String OVERLEG = "OVERLEG";
    static final String AGENDAPUNT = "AGENDAPUNT";
    static final String INBRENG = "INBRENG";
    static final String ACTIE = "ACTIE";
    /** Another item of the same meeting, never looked at: an invitation to it must open nothing here. */
    static final String ANDER_AGENDAPUNT = "AGENDAPUNT-B";

    /** Invited as the Raad is, by a colleague who has not confirmed the meeting's confidentiality statement. */
    static final String NIET_BEVESTIGD = "geheimhouding niet bevestigd";

    /** The organisation that contributes the inbreng each situation looks at. */
    static final String INBRENGER = "POL-RR";
    /**
     * A wijkteam invited to the item for one of its teams only ({@link #UITGENODIGD_TEAM}); the relation's caller works
     * there without that team (its token has none), so for it the item does not exist, as for a colleague elsewhere.
     */
    static final String ANDER_TEAM = "uitgenodigd, andere persoon/team van dezelfde organisatie";
    static final String TEAMORGANISATIE = "WT-RDAM-CHAR";
    static final String UITGENODIGD_TEAM = "Tarwewijk";

    /** The organisation that registered the cases. */
    static final String AANMELDER = "WT-RDAM-FEIJ";

    /** The meetings lie this far ahead, so the lists can be asked from that date and hold this run's resources. */
    private final LocalDate overlegdatum = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(300);

    /** The resource type of each action, as the code declares it (CasusoverlegHandeling): the matrix does not copy it. */
    private static final Map<String, String> BRONTYPE_VAN_HANDELING = EnumSet.allOf(CasusoverlegHandeling.class).stream()
            .collect(Collectors.toMap(Handeling::naam, handeling -> handeling.brontype().orElseThrow().naam()));

    @Override
    public String stroom() {
        return "casusoverleg";
    }

    /**
     * All 3528 cells (before the actions, the move and the narrowed invitation) took 294 s on the EAR on this shared machine (load 18 on 2 cores; about 70 s when quiet, by the
     * overdracht's ratio), more than the three minutes the IT may take: the platform runs the sample of
     * {@link Matrixgenerator#steekproef} (every relation × action with an allowed and a refused role), the
     * in-process run all of them; {@code -Dschakel.matrix.volledig=true} runs all on the EAR.
     */
    @Override
    public boolean steekproefOpHetPlatform() {
        return true;
    }

    /** The type of the meeting; each key names its own ({@link #brontype(String)}). */
    @Override
    public String brontype() {
        return OVERLEG;
    }

    @Override
    public Doel doel() {
        return Doel.CASUSOVERLEG;
    }

    @Override
    public String nietGevondenCode() {
        return "CSO-404";
    }

    @Override
    public String bronpad(UUID bron) {
        return "/api/v1/casusoverleggen/" + bron;
    }

    @Override
    public Set<String> voorvoegsels() {
        return Set.of("casusoverleg.");
    }

    @Override
    public List<Verzoek> verzoeken() {
        return List.of(
                Verzoek.lees("casusoverleg.aanmelding-lezen", ""),
                Verzoek.lees("casusoverleg.aanmelding-toegang-bekijken", "/toegang"),
                Verzoek.wijziging("casusoverleg.aanmelding-wijzigen", "PUT", "", "{}"),
                Verzoek.wijziging("casusoverleg.aanmelding-beoordelen", "POST", "/acceptatie", null),
                Verzoek.wijziging("casusoverleg.afschalen", "POST", "/afschaling", "{\"reden\":\"matrix\"}"),
                Verzoek.lees("casusoverleg.overleg-lezen", ""),
                Verzoek.lees("casusoverleg.overleg-toegang-bekijken", "/toegang"),
                Verzoek.wijziging("casusoverleg.agenda-wijzigen", "PUT", "/agenda", "{\"agendapunten\":[]}"),
                // the organiser, without If-Match: 428 before anything moves (CasusoverlegVerplaatsingIT moves it)
                Verzoek.wijziging("casusoverleg.overleg-verplaatsen", "PUT", "/datum", "{}"),
                Verzoek.lees("casusoverleg.agendapunt-lezen", ""),
                Verzoek.lees("casusoverleg.agendapunt-toegang-bekijken", "/toegang"),
                // no If-Match here: an invitation without an organisation stops at 400, nothing changed
                new Verzoek("casusoverleg.uitnodigen", "POST", "/uitnodigingen", "{}", 400, false),
                // an inbreng without parts stops at 400 (CSO-002); a second one of the same organisation at 409 (naDePoort)
                new Verzoek("casusoverleg.inbreng-leveren", "POST", "/inbreng", "{}", 400, false),
                Verzoek.lees("casusoverleg.inbreng-lezen", ""),
                Verzoek.lees("casusoverleg.inbreng-toegang-bekijken", "/toegang"),
                Verzoek.wijziging("casusoverleg.inbreng-wijzigen", "PUT", "", "{}"),
                Verzoek.wijziging("casusoverleg.inbreng-delen", "POST", "/deling", null),
                Verzoek.wijziging("casusoverleg.inbreng-intrekken", "POST", "/intrekking", null),
                Verzoek.lees("casusoverleg.inbreng-versies-lezen", "/versies"),
                // an action without owner, description and date stops at 400 (CSO-021), nothing made
                new Verzoek("casusoverleg.actie-toewijzen", "POST", "/acties", "{}", 400, false),
                // the meeting's owners, after the statement: without If-Match the change stops at 428, nothing written
                Verzoek.wijziging("casusoverleg.aanwezigheid-vastleggen", "PUT", "/aanwezigheid", "{\"aanwezigen\":[]}"),
                Verzoek.wijziging("casusoverleg.verslag-vastleggen", "PUT", "/verslag", "{}"),
                // the item's minutes as a file: whoever may read the item, after the statement (a PDF, one export row)
                Verzoek.pdf("casusoverleg.verslag-exporteren", "/verslag.pdf"),
                Verzoek.lees("casusoverleg.actie-lezen", ""),
                Verzoek.wijziging("casusoverleg.actie-afronden", "POST", "/afronding", "{\"status\":\"GEDAAN\"}"));
    }

    @Override
    public Zoekverzoek zoeken() {
        return zoekverzoeken().get(0);
    }

    /** The three lists, each from the meetings' date (or the statuses of this run's cases), every page. */
    @Override
    public List<Zoekverzoek> zoekverzoeken() {
        return List.of(
                new Zoekverzoek("casusoverleg.aanmeldingen-zoeken", "/api/v1/aanmeldingen?status=GEACCEPTEERD,AFGESCHAALD&paginaGrootte=100",
                        "aanmeldingen"),
                new Zoekverzoek("casusoverleg.overleggen-zoeken", "/api/v1/casusoverleggen?vanaf=" + overlegdatum + "&paginaGrootte=100",
                        "casusoverleggen"),
                new Zoekverzoek("casusoverleg.agendapunten-zoeken", "/api/v1/agendapunten?vanaf=" + overlegdatum + "&paginaGrootte=100",
                        "agendapunten"),
                new Zoekverzoek("casusoverleg.acties-zoeken", "/api/v1/acties?status=OPEN&paginaGrootte=100", "acties"));
    }

    /** The item's case parts: the betrokkenen are identity, the question and the criteria safety (Casusdeel). */
    @Override
    public Veldgroepen veldgroepen() {
        Map<Gegevenscategorie, List<String>> sleutels = new HashMap<>();
        for (Gegevenscategorie categorie : Gegevenscategorie.values()) {
            sleutels.put(categorie, List.of());
        }
        sleutels.put(Gegevenscategorie.IDENTITEIT, List.of("betrokkenen"));
        sleutels.put(Gegevenscategorie.VEILIGHEID, List.of("vraag", "criteria"));
        return new Veldgroepen("casusoverleg.agendapunt-lezen", "casus", sleutels);
    }

    @Override
    public Map<String, String> zonderCel() {
        return Map.of(
                "casusoverleg.aanmelden", "maakt een aanmelding en vraagt alleen een rol en het lidmaatschap van de tafel: "
                        + "CasusoverlegAanmeldingIT",
                "casusoverleg.overleg-plannen", "maakt een overleg en vraagt alleen een rol en de organisator: CasusoverlegAgendaIT",
                "casusoverleg.aanmelding-inplannen", "wordt alleen gevraagd binnen het op de agenda zetten, na agenda-wijzigen op "
                        + "het overleg, en zou de agenda van de cellen erna veranderen: CasusoverlegAgendaIT",
                "casusoverleg.geheimhouding-bevestigen", "zou de relatie 'geheimhouding niet bevestigd' voor de cellen erna "
                        + "veranderen; de inrichting bevestigt haar voor elke andere beller die aan het overleg zit: "
                        + "CasusoverlegGeheimhoudingIT",
                "casusoverleg.agenda-exporteren", "één bestand over meerdere agendapunten, elk apart beslist en gelogd (geen "
                        + "cel per bron): CasusoverlegUitvoerIT (politie alleen haar punt, voorzitter alle, niet-genodigde 404)",
                "casusoverleg.kalender-exporteren", "één agenda-uitnodiging over meerdere agendapunten, elk apart beslist en "
                        + "gelogd: CasusoverlegUitvoerIT");
    }

    @Override
    public List<Relatie> relaties(Toegangsbeleid beleid) {
        Set<Gegevenscategorie> vt = beleid.toegestaan(Doel.CASUSOVERLEG, "VEILIG_THUIS");
        Set<Gegevenscategorie> zvh = beleid.toegestaan(Doel.CASUSOVERLEG, "ZORG_EN_VEILIGHEIDSHUIS");
        Set<Gegevenscategorie> wijkteam = beleid.toegestaan(Doel.CASUSOVERLEG, "WIJKTEAM");
        Set<Gegevenscategorie> politie = beleid.toegestaan(Doel.CASUSOVERLEG, "POLITIE");
        Set<Gegevenscategorie> raad = beleid.toegestaan(Doel.CASUSOVERLEG, "RAAD_VOOR_DE_KINDERBESCHERMING");
        Set<Gegevenscategorie> om = beleid.toegestaan(Doel.CASUSOVERLEG, "OPENBAAR_MINISTERIE");
        Set<Gegevenscategorie> crisis = beleid.toegestaan(Doel.CRISIS, "CRISISINTERVENTIETEAM");
        return List.of(
                Relatie.met("voorzitter", "VTRR", "matrix.co.vt", LOPEND, recht(LOPEND, OVERLEG, ToegangReden.EIGENAAR, vt)),
                Relatie.met("organisator", "ZVHRR", "matrix.co.zvh", LOPEND, recht(LOPEND, OVERLEG, ToegangReden.EIGENAAR, zvh),
                        recht(LOPEND, AANMELDING, ToegangReden.ONTVANGER, zvh)),
                Relatie.met("aanmelder", AANMELDER, "matrix.co.wt", LOPEND, recht(LOPEND, AANMELDING, ToegangReden.EIGENAAR, wijkteam)),
                Relatie.met("uitgenodigd, inbrenger", INBRENGER, "matrix.co.pol", LOPEND,
                        recht(LOPEND, AGENDAPUNT, ToegangReden.UITGENODIGD, politie), recht(LOPEND, INBRENG, ToegangReden.EIGENAAR, politie)),
                Relatie.met("uitgenodigd voor dit agendapunt", "RVDK-RR", "matrix.co.raad", LOPEND,
                        recht(LOPEND, AGENDAPUNT, ToegangReden.UITGENODIGD, raad)),
                Relatie.met(NIET_BEVESTIGD, "RVDK-RR", "matrix.co.raad.onbevestigd", LOPEND,
                        recht(LOPEND, AGENDAPUNT, ToegangReden.UITGENODIGD, raad)),
                Relatie.met("uitgenodigd voor een ander agendapunt", "OM-RDAM", "matrix.co.om", LOPEND,
                        recht(LOPEND, ANDER_AGENDAPUNT, ToegangReden.UITGENODIGD, om)),
                Relatie.met(ANDER_TEAM, TEAMORGANISATIE, "matrix.co.char", LOPEND,
                        new Recht(LOPEND + "/" + AGENDAPUNT, ToegangReden.UITGENODIGD, wijkteam, Optional.of(UITGENODIGD_TEAM))),
                Relatie.met("voorgesteld, nog niet uitgenodigd", "JBRR", "matrix.co.jb", LOPEND),
                Relatie.met("niet uitgenodigd", "RN-RDAM", "matrix.co.rn", LOPEND),
                Relatie.met("na het venster, actiehouder", "WT-RDAM-IJSS", "matrix.co.ijss", LOPEND,
                        recht(LOPEND, ACTIE, ToegangReden.ACTIEHOUDER, wijkteam)),
                Relatie.met("na afschaling, actiehouder", INBRENGER, "matrix.co.pol", AFGESCHAALD,
                        recht(AFGESCHAALD, INBRENG, ToegangReden.EIGENAAR, politie),
                        recht(AFGESCHAALD, ACTIE, ToegangReden.ACTIEHOUDER, politie)),
                Relatie.met("noodtoegang", "CIT-JBRR", "matrix.co.cit", LOPEND,
                        recht(LOPEND, AGENDAPUNT, ToegangReden.NOODTOEGANG, crisis)));
    }

    private static Recht recht(String situatie, String type, ToegangReden reden, Set<Gegevenscategorie> categorieen) {
        return new Recht(situatie + "/" + type, reden, categorieen);
    }

    @Override
    public String bronVan(Relatie relatie, String handeling) {
        String type = BRONTYPE_VAN_HANDELING.get(handeling);
        if (type == null) {
            throw new IllegalArgumentException("CasusoverlegHandeling kent " + handeling + " niet");
        }
        return relatie.bron() + "/" + type;
    }

    @Override
    public Optional<String> ouder(String sleutel) {
        String situatie = sleutel.substring(0, sleutel.indexOf('/'));
        return switch (brontype(sleutel)) {
            case INBRENG, ACTIE -> Optional.of(situatie + "/" + AGENDAPUNT);
            case AGENDAPUNT -> Optional.of(situatie + "/" + OVERLEG);
            default -> Optional.empty();
        };
    }

    @Override
    public String brontype(String sleutel) {
        String type = sleutel.substring(sleutel.indexOf('/') + 1);
        return type.equals(ANDER_AGENDAPUNT) ? AGENDAPUNT : type;
    }

    @Override
    public String pad(Verzoek verzoek, String sleutel, Map<String, UUID> bronnen) {
        UUID id = bronnen.get(sleutel);
        String basis = switch (brontype(sleutel)) {
            case AANMELDING -> "/api/v1/aanmeldingen/" + id;
            case OVERLEG -> "/api/v1/casusoverleggen/" + id;
            case AGENDAPUNT -> "/api/v1/agendapunten/" + id;
            case INBRENG -> "/api/v1/agendapunten/" + bronnen.get(ouder(sleutel).orElseThrow()) + "/inbreng/" + id;
            case ACTIE -> "/api/v1/acties/" + id;
            default -> throw new IllegalArgumentException(sleutel);
        };
        return basis + verzoek.pad();
    }

    /**
     * The flow's rules after the gate (Inbrengzaken, Geheimhouding, Verslaguitvoer): only the contributor changes, shares, withdraws or
     * reads the history of its inbreng — a meeting's owner, whom the gate lets through, gets 403 CSO-015, logged; one
     * inbreng per organisation per item — a second is 409 CSO-013, nothing changed; and the content of an item and
     * another's inbreng and the verslag PDF only after the person confirmed the meeting's confidentiality statement — 403 CSO-020, logged.
     */
    @Override
    public Optional<Verwachting> naDePoort(Relatie relatie, String handeling, Verwachting poort) {
        boolean inbrenger = relatie.organisatie().equals(INBRENGER);
        boolean bevestigd = !relatie.naam().equals(NIET_BEVESTIGD);
        return switch (handeling) {
            case "casusoverleg.agendapunt-lezen", "casusoverleg.verslag-exporteren" -> bevestigd ? Optional.empty()
                    : Optional.of(poort.geweigerdNaDePoort(403, "CSO-020"));
            case "casusoverleg.inbreng-lezen" -> bevestigd || inbrenger ? Optional.empty()
                    : Optional.of(poort.geweigerdNaDePoort(403, "CSO-020"));
            case "casusoverleg.inbreng-wijzigen", "casusoverleg.inbreng-delen", "casusoverleg.inbreng-intrekken",
                    "casusoverleg.inbreng-versies-lezen" -> inbrenger ? Optional.empty()
                            : Optional.of(poort.geweigerdNaDePoort(403, "CSO-015"));
            case "casusoverleg.inbreng-leveren" -> Optional.of(inbrenger ? poort.metStatus(409, "CSO-013") : poort.metStatus(400, "CSO-002"));
            case "casusoverleg.uitnodigen" -> Optional.of(poort.metStatus(400, "CSO-005"));
            case "casusoverleg.actie-toewijzen" -> Optional.of(poort.metStatus(400, "CSO-021"));
            default -> Optional.empty();
        };
    }

    /**
     * The item as the caller may see it: each part of the case and of the police's shared inbreng shown when the
     * caller's grants carry its category or the caller's organisation wrote it, otherwise absent and named in that
     * part's {@code achtergehouden}.
     */
    @Override
    public void controleerInhoud(JsonObject antwoord, Relatie relatie, Set<Gegevenscategorie> categorieen) {
        boolean aanmelder = relatie.organisatie().equals(AANMELDER);
        JsonObject casus = antwoord.getJsonObject("casus");
        Set<String> casusAchtergehouden = namen(casus, "achtergehouden");
        Map<String, Gegevenscategorie> casusdelen = new LinkedHashMap<>();
        casusdelen.put("betrokkenen", Gegevenscategorie.IDENTITEIT);
        casusdelen.put("vraag", Gegevenscategorie.VEILIGHEID);
        casusdelen.put("criteria", Gegevenscategorie.VEILIGHEID);
        casusdelen.forEach((sleutel, categorie) -> {
            boolean mag = aanmelder || categorieen.contains(categorie);
            assertThat(casus.containsKey(sleutel) && !casus.isNull(sleutel)).as("casus." + sleutel).isEqualTo(mag);
            assertThat(casusAchtergehouden.contains(categorie.name())).as("casus.achtergehouden " + categorie).isEqualTo(!mag);
        });

        boolean eigen = relatie.organisatie().equals(INBRENGER);
        JsonObject politie = antwoord.getJsonArray("inbreng").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("organisatie").equals(INBRENGER)).findFirst()
                .orElseThrow(() -> new AssertionError("de gedeelde inbreng van " + INBRENGER + " ontbreekt: " + antwoord));
        Set<String> getoond = politie.getJsonArray("delen").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("categorie")).collect(Collectors.toSet());
        Set<String> achtergehouden = namen(politie, "achtergehouden");
        for (Gegevenscategorie categorie : Casusoverlegvoorbeeld.POLITIEDELEN) {
            boolean mag = eigen || categorieen.contains(categorie);
            assertThat(getoond.contains(categorie.name())).as("inbreng " + INBRENGER + " deel " + categorie).isEqualTo(mag);
            assertThat(achtergehouden.contains(categorie.name())).as("inbreng " + INBRENGER + " achtergehouden " + categorie)
                    .isEqualTo(!mag);
        }
    }

    private static Set<String> namen(JsonObject object, String sleutel) {
        return object.containsKey(sleutel) && !object.isNull(sleutel)
                ? object.getJsonArray(sleutel).getValuesAs(JsonString::getString).stream().collect(Collectors.toSet()) : Set.of();
    }

    /**
     * One meeting with two items: A (the case of the wijkteam, proposing the police and Jeugdbescherming) with the
     * police, the Raad and a wijkteam invited, and another wijkteam for one of its teams only, the police's inbreng shared and an action for that wijkteam; B with the
     * OM. A second meeting whose only case the ZVH closed, after the police shared its inbreng there and got an action.
     * Then the wijkteam's invitation on A is past its window, and a crisis worker holds a break-glass grant on A.
     */
    @Override
    public Map<String, UUID> richtIn(Toegangsbeleid beleid) throws Exception {
        String zvh = TestTokens.voor("matrix.co.zvh", "ZVHRR", "zvh-procesregisseur");
        String wijkteam = TestTokens.voor("matrix.co.wt", AANMELDER, "wijkteammedewerker");
        String politie = TestTokens.voor("matrix.co.pol", INBRENGER, "politiemedewerker");

        Casusoverlegvoorbeeld.Gemaakt aanmelding = Casusoverlegvoorbeeld.geaccepteerd(wijkteam, zvh, INBRENGER, "JBRR");
        Casusoverlegvoorbeeld.Gemaakt andere = Casusoverlegvoorbeeld.geaccepteerd(wijkteam, zvh, "OM-RDAM");
        Casusoverlegvoorbeeld.Gemaakt afgeschaald = Casusoverlegvoorbeeld.geaccepteerd(wijkteam, zvh, INBRENGER);
        Casusoverlegvoorbeeld.Gemaakt[] overleg = {Casusoverlegvoorbeeld.plan(zvh, overlegdatum)};
        UUID punt = Casusoverlegvoorbeeld.zetOpAgenda(zvh, overleg, aanmelding);
        UUID anderPunt = Casusoverlegvoorbeeld.zetOpAgenda(zvh, overleg, andere);
        Casusoverlegvoorbeeld.Gemaakt[] tweedeOverleg = {Casusoverlegvoorbeeld.plan(zvh, overlegdatum.plusDays(1))};
        UUID afgeschaaldPunt = Casusoverlegvoorbeeld.zetOpAgenda(zvh, tweedeOverleg, afgeschaald);

        Casusoverlegvoorbeeld.nodigUit(zvh, punt, INBRENGER);
        Casusoverlegvoorbeeld.nodigUit(zvh, punt, "RVDK-RR");
        Casusoverlegvoorbeeld.nodigUit(zvh, punt, "WT-RDAM-IJSS");
        Casusoverlegvoorbeeld.nodigUit(zvh, anderPunt, "OM-RDAM");
        Casusoverlegvoorbeeld.nodigTeamUit(zvh, punt, TEAMORGANISATIE, UITGENODIGD_TEAM);
        Casusoverlegvoorbeeld.nodigUit(zvh, afgeschaaldPunt, INBRENGER);
        UUID inbreng = Casusoverlegvoorbeeld.gedeeldeInbreng(politie, punt);
        UUID afgeschaaldeInbreng = Casusoverlegvoorbeeld.gedeeldeInbreng(politie, afgeschaaldPunt);
        UUID actie = Casusoverlegvoorbeeld.actie(zvh, punt, "WT-RDAM-IJSS", overlegdatum.plusDays(14));
        UUID afgeschaaldeActie = Casusoverlegvoorbeeld.actie(zvh, afgeschaaldPunt, INBRENGER, overlegdatum.plusDays(14));
        Casusoverlegvoorbeeld.schaalAf(zvh, afgeschaald);

        // everyone who sits at the meeting confirms its statement, but the colleague of the relation 'niet bevestigd'
        Casusoverlegvoorbeeld.bevestigGeheimhouding(overleg[0], zvh, politie,
                TestTokens.voor("matrix.co.vt", "VTRR", "procesregisseur"),
                TestTokens.voor("matrix.co.raad", "RVDK-RR", "raadsonderzoeker"),
                TestTokens.voor("matrix.co.om", "OM-RDAM", "officier-van-justitie"));
        Casusoverlegvoorbeeld.vensterVoorbij(punt, "WT-RDAM-IJSS");
        Casusoverlegvoorbeeld.noodtoegang(punt, "CIT-JBRR", subject("matrix.co.cit"), beleid.toegestaan(Doel.CRISIS, "CRISISINTERVENTIETEAM"));

        Map<String, UUID> bronnen = new HashMap<>();
        bronnen.put(LOPEND + "/" + AANMELDING, aanmelding.id());
        bronnen.put(LOPEND + "/" + OVERLEG, overleg[0].id());
        bronnen.put(LOPEND + "/" + AGENDAPUNT, punt);
        bronnen.put(LOPEND + "/" + ANDER_AGENDAPUNT, anderPunt);
        bronnen.put(LOPEND + "/" + INBRENG, inbreng);
        bronnen.put(LOPEND + "/" + ACTIE, actie);
        bronnen.put(AFGESCHAALD + "/" + AANMELDING, afgeschaald.id());
        bronnen.put(AFGESCHAALD + "/" + OVERLEG, tweedeOverleg[0].id());
        bronnen.put(AFGESCHAALD + "/" + AGENDAPUNT, afgeschaaldPunt);
        bronnen.put(AFGESCHAALD + "/" + INBRENG, afgeschaaldeInbreng);
        bronnen.put(AFGESCHAALD + "/" + ACTIE, afgeschaaldeActie);
        return bronnen;
    }

    /** The subject the test tokens give a user (TestTokens), so a personal grant means the same person. */
    private static String subject(String gebruiker) {
        return UUID.nameUUIDFromBytes(gebruiker.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
