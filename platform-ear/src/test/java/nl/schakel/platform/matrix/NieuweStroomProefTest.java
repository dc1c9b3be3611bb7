package nl.schakel.platform.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.casusoverleg.toepassing.CasusoverlegDeclaratie;
import nl.schakel.crisisdossier.toepassing.CrisisdossierDeclaratie;
import nl.schakel.gedeeld.fout.NietGevondenFout;
import nl.schakel.gedeeld.gebeurtenis.Gebeurtenis;
import nl.schakel.gedeeld.gebeurtenis.Onderwerp;
import nl.schakel.overdracht.toepassing.OverdrachtDeclaratie;
import nl.schakel.toegang.domein.Beslissing;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Brontype;
import nl.schakel.toegang.domein.Categoriefilter;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Gecategoriseerd;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Handeling;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.domein.Toegang;
import nl.schakel.toegang.domein.ToegangReden;
import nl.schakel.toegang.domein.Toegangsdeclaratie;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import nl.schakel.toegang.domein.logboek.Uitkomst;
import nl.schakel.toegang.toepassing.Beleidscontrole;
import nl.schakel.toegang.toepassing.PoortInGeheugen;
import nl.schakel.toegang.toepassing.ToegangDeclaratie;
import nl.schakel.toegang.toepassing.VerzoekDeclaratie;
import nl.schakel.toegang.toepassing.Verzoekcontext;
import org.junit.jupiter.api.Test;

/**
 * The guide "a new flow in five steps" (docs/nieuwe-stroom.md), tried on a throwaway flow: a {@code PROEFDOSSIER} with
 * notes inside it. Each step is what a real flow writes; each assertion is what the platform then does for it.
 */
class NieuweStroomProefTest {

    // ---- step 1: the resource types and the actions, declared by the context

    static final Brontype PROEFDOSSIER = Brontype.van("PROEFDOSSIER");
    static final Brontype PROEFNOTITIE = Brontype.binnen("PROEFNOTITIE", PROEFDOSSIER);

    enum ProefHandeling implements Handeling {
        LEZEN("proefdossier.lezen"),
        NOTITIE_LEZEN("proefdossier.notitie-lezen"),
        ZOEKEN("proefdossier.zoeken");

        private final String naam;

        ProefHandeling(String naam) {
            this.naam = naam;
        }

        @Override
        public String naam() {
            return naam;
        }

        @Override
        public Optional<Brontype> brontype() {
            return Optional.of(this == NOTITIE_LEZEN ? PROEFNOTITIE : PROEFDOSSIER);
        }
    }

    static final class ProefDeclaratie implements Toegangsdeclaratie {
        @Override
        public String context() {
            return "proefdossier";
        }

        @Override
        public Set<Brontype> brontypen() {
            return Set.of(PROEFDOSSIER, PROEFNOTITIE);
        }

        @Override
        public Set<? extends Handeling> handelingen() {
            return EnumSet.allOf(ProefHandeling.class);
        }
    }

    // ---- step 2: the policy rows (here added to the real file in memory, as the pull request would)

    private static Toegangsbeleid beleidMetProefregels() throws Exception {
        JsonObject echt;
        try (InputStream in = Toegangsbeleid.class.getResourceAsStream(Toegangsbeleid.BESTAND)) {
            echt = Json.createReader(in).readObject();
        }
        JsonObjectBuilder handelingen = Json.createObjectBuilder(echt.getJsonObject("handelingen"));
        for (ProefHandeling handeling : ProefHandeling.values()) {
            handelingen.add(handeling.naam(), Json.createObjectBuilder()
                    .add("rollen", Json.createArrayBuilder().add("procesregisseur").add("wijkteammedewerker"))
                    .add("redenen", Json.createArrayBuilder().add("EIGENAAR").add("ONTVANGER")));
        }
        JsonObject beleid = Json.createObjectBuilder(echt).add("handelingen", handelingen).build();
        return Toegangsbeleid.uit(new ByteArrayInputStream(beleid.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void stap2DeStartWeigertDeStroomZolangHetBeleidZijnHandelingenNietKent() throws Exception {
        List<Toegangsdeclaratie> declaraties = List.of(new ToegangDeclaratie(), new OverdrachtDeclaratie(), new CasusoverlegDeclaratie(),
                new CrisisdossierDeclaratie(), new VerzoekDeclaratie(), new ProefDeclaratie());

        assertThat(Beleidscontrole.verschillen(declaraties, new Toegangsbeleid().handelingen())).containsExactly(
                "Handeling 'proefdossier.lezen' van context proefdossier heeft geen regel in toegangsbeleid.json.",
                "Handeling 'proefdossier.notitie-lezen' van context proefdossier heeft geen regel in toegangsbeleid.json.",
                "Handeling 'proefdossier.zoeken' van context proefdossier heeft geen regel in toegangsbeleid.json.");
        assertThat(Beleidscontrole.verschillen(declaraties, beleidMetProefregels().handelingen())).isEmpty();
    }

    // ---- step 3: the use case decides before fetching, through the one gate; the content is filtered by category

    record Notitie(String tekst, Gegevenscategorie categorie, String eigenaar) implements Gecategoriseerd {}

    @Test
    void stap3DePoortBesluitOpDeOuderEnHetFilterHoudtCategorieenAchter() throws Exception {
        ToegangenInGeheugen toegangen = new ToegangenInGeheugen();
        LogboekInGeheugen logboek = new LogboekInGeheugen();
        var poort = PoortInGeheugen.met(beleidMetProefregels(), toegangen, logboek, new Verzoekcontext() {
            @Override
            public String bronAdres() {
                return "192.0.2.20";
            }

            @Override
            public String correlatieId() {
                return "proef";
            }
        });
        Bron dossier = new Bron(PROEFDOSSIER, UUID.randomUUID());
        Bron notitie = Bron.binnen(PROEFNOTITIE, UUID.randomUUID(), dossier);
        toegangen.bewaar(Toegang.verleen(dossier, "WT-RDAM-FEIJ", Doel.OVERDRACHT, Set.of(Gegevenscategorie.HULPVERLENING),
                ToegangReden.ONTVANGER, Optional.empty(), "proef", Instant.now().minusSeconds(60)));
        Medewerker wijkteam = medewerker("WT-RDAM-FEIJ");

        Beslissing beslissing = poort.beslis(wijkteam, notitie, ProefHandeling.NOTITIE_LEZEN,
                () -> new NietGevondenFout("PRF-404", "bestaat niet"));
        assertThat(beslissing.grondslag().bron()).as("de toegang op het dossier opent zijn notities").isEqualTo(dossier);
        var gezien = Categoriefilter.voor(beslissing).filter(List.of(
                new Notitie("Gezin wil hulp bij opvoeding.", Gegevenscategorie.HULPVERLENING, "VTRR"),
                new Notitie("Aangifte gedaan.", Gegevenscategorie.JUSTITIEEL, "POL-RR")));
        assertThat(gezien.zichtbaar()).extracting(Notitie::tekst).containsExactly("Gezin wil hulp bij opvoeding.");
        assertThat(gezien.achtergehouden()).containsExactly(Gegevenscategorie.JUSTITIEEL);

        assertThatThrownBy(() -> poort.beslis(medewerker("WT-RDAM-CHAR"), notitie, ProefHandeling.NOTITIE_LEZEN,
                () -> new NietGevondenFout("PRF-404", "bestaat niet"))).isInstanceOf(NietGevondenFout.class);
        assertThat(logboek.neem()).singleElement().satisfies(regel -> {
            assertThat(regel.uitkomst()).isEqualTo(Uitkomst.GEWEIGERD);
            assertThat(regel.handeling()).isEqualTo("proefdossier.notitie-lezen");
            assertThat(regel.bronType()).contains("PROEFNOTITIE");
        });
    }

    // ---- step 4: its events go through the one outbox, in the flow's own namespace

    @Test
    void stap4EenGebeurtenisVanDeStroomHoortInZijnEigenNaamruimte() {
        UUID id = UUID.randomUUID();
        Onderwerp onderwerp = new Onderwerp("PROEFDOSSIER", id, "/proefdossiers/" + id);
        Gebeurtenis geopend = Gebeurtenis.nieuw("nl.schakel.proefdossier.geopend", "urn:nl:schakel:proefdossier", onderwerp,
                List.of("WT-RDAM-FEIJ", "POL-RR"), List.of("VTRR"), Instant.now());
        assertThat(geopend.ontvangers()).containsExactly("WT-RDAM-FEIJ", "POL-RR");
        assertThatThrownBy(() -> Gebeurtenis.nieuw("nl.schakel.overdracht.geopend", "urn:nl:schakel:proefdossier", onderwerp,
                List.of("WT-RDAM-FEIJ"), List.of("VTRR"), Instant.now())).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- step 5: the matrix cells come from the declaration; a forgotten action fails the build

    @Test
    void stap5DeMatrixMaaktDeCellenEnWeigertEenVergetenHandeling() throws Exception {
        Matrixgenerator generator = new Matrixgenerator(beleidMetProefregels());

        assertThat(generator.verschillen("proefdossier", Set.of("proefdossier."), 1, Set.of("proefdossier.lezen"), Set.of()))
                .singleElement().asString().contains("proefdossier.notitie-lezen", "proefdossier.zoeken");
        generator.controleerVolledigheid(new ProefMatrix()); // the whole declaration: every action has its request
        List<Matrixdeclaratie.Relatie> relaties = List.of(
                new Matrixdeclaratie.Relatie("eigenaar", "VTRR", "proef.vt", "dossier", Set.of(ToegangReden.EIGENAAR),
                        EnumSet.allOf(Gegevenscategorie.class)),
                new Matrixdeclaratie.Relatie("onbetrokken", "POL-RR", "proef.pol", "dossier", Set.of(), Set.of()));
        assertThat(generator.cellen(new ProefMatrix(), relaties)).as("rollen × (twee handelingen + zoeken) × relaties")
                .hasSize(Rol.values().length * 3 * 2);
    }

    /** The throwaway flow's matrix declaration: what a real flow writes once, with its HTTP requests. */
    static final class ProefMatrix implements Matrixdeclaratie {
        @Override
        public String stroom() {
            return "proefdossier";
        }

        @Override
        public String brontype() {
            return PROEFDOSSIER.naam();
        }

        @Override
        public Doel doel() {
            return Doel.OVERDRACHT;
        }

        @Override
        public String nietGevondenCode() {
            return "PRF-404";
        }

        @Override
        public String bronpad(UUID bron) {
            return "/api/v1/proefdossiers/" + bron;
        }

        @Override
        public Set<String> voorvoegsels() {
            return Set.of("proefdossier.");
        }

        @Override
        public List<Verzoek> verzoeken() {
            return List.of(Verzoek.lees("proefdossier.lezen", ""), Verzoek.lees("proefdossier.notitie-lezen", "/notities"));
        }

        @Override
        public Zoekverzoek zoeken() {
            return new Zoekverzoek("proefdossier.zoeken", "/api/v1/proefdossiers?paginaGrootte=100", "proefdossiers");
        }

        @Override
        public Veldgroepen veldgroepen() {
            Map<Gegevenscategorie, List<String>> sleutels = new EnumMap<>(Gegevenscategorie.class);
            for (Gegevenscategorie categorie : Gegevenscategorie.values()) {
                sleutels.put(categorie, List.of());
            }
            return new Veldgroepen("proefdossier.lezen", "inhoud", sleutels);
        }

        @Override
        public Map<String, String> zonderCel() {
            return Map.of();
        }

        @Override
        public List<Relatie> relaties(Toegangsbeleid beleid) {
            return List.of();
        }

        @Override
        public Map<String, UUID> richtIn(Toegangsbeleid beleid) {
            return Map.of("dossier", UUID.randomUUID());
        }
    }

    private static Medewerker medewerker(String organisatie) {
        return new Medewerker(UUID.randomUUID().toString(), "Proef", "proef", Optional.of(organisatie), Optional.empty(),
                Set.of(Rol.WIJKTEAMMEDEWERKER), "schakel-web");
    }
}
