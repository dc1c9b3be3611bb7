package nl.schakel.toegang.domein.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import nl.schakel.toegang.domein.bewaren.Bewaarregel;
import nl.schakel.toegang.domein.bewaren.Bewaartermijnen;
import nl.schakel.toegang.infrastructuur.Realmbestand;
import nl.schakel.toegang.infrastructuur.VerwerkingsregisterPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * One source of truth: the register says exactly what the policy, the retention file and the realm say, for every
 * purpose, and a change of the configuration is a change of the register, without a line of the register touched.
 */
class VerwerkingsregisterTest {

    private static final Toegangsbeleid BELEID = new Toegangsbeleid();
    private static final Bewaartermijnen TERMIJNEN = new Bewaartermijnen();
    private static final Realm REALM = Realmbestand.lees();
    /** The demo organisations' types, as the partner register's seed has them. */
    private static final Map<String, String> TYPEN = Map.of("VTRR", "VEILIG_THUIS", "ZVHRR", "ZORG_EN_VEILIGHEIDSHUIS",
            "POL-RR", "POLITIE", "CIT-JBRR", "CRISISINTERVENTIETEAM", "FIL", "CENTRUM_HGKM", "RVDK-RR", "RAAD_VOOR_DE_KINDERBESCHERMING");

    private static Verwerkingsregister register(Toegangsbeleid beleid, Bewaartermijnen termijnen) {
        return Verwerkingsregister.uit(beleid, termijnen, REALM, code -> Optional.ofNullable(TYPEN.get(code)));
    }

    @Test
    void elkDoelMetGrondslagStaatErinMetPreciesZijnGrondslagCategorieenOntvangersRollenEnTermijnen() {
        Verwerkingsregister register = register(BELEID, TERMIJNEN);

        assertThat(register.verwerkingen()).extracting(Registerverwerking::doel).containsExactly(Doel.values());
        assertThat(register.beleidsversie()).isEqualTo(BELEID.versie());
        assertThat(register.bewaartermijnenversie()).isEqualTo(TERMIJNEN.versie());
        for (Registerverwerking v : register.verwerkingen()) {
            Doel doel = v.doel();
            assertThat(v.grondslag()).as(doel + " grondslag").isEqualTo(BELEID.grondslag(doel));
            Set<String> deelnemers = BELEID.organisatietypen(doel);
            assertThat(v.ontvangers()).as(doel + " ontvangers").extracting(Registerverwerking.Ontvanger::organisatietype)
                    .containsExactlyInAnyOrderElementsOf(deelnemers);
            v.ontvangers().forEach(o -> assertThat(o.categorieen()).as(doel + " naar " + o.organisatietype())
                    .isEqualTo(BELEID.toegestaan(doel, o.organisatietype())));
            Set<Gegevenscategorie> verwacht = EnumSet.noneOf(Gegevenscategorie.class);
            deelnemers.forEach(t -> verwacht.addAll(BELEID.toegestaan(doel, t)));
            verwacht.addAll(BELEID.verwerking(doel).orElseThrow().categorieen());
            assertThat(v.categorieen()).as(doel + " categorieën").isEqualTo(verwacht);
            assertThat(v.betrokkenen()).as(doel + " betrokkenen").isEqualTo(BELEID.verwerking(doel).orElseThrow().betrokkenen());
            Doel bewaardAls = v.bewaardMet().orElse(doel);
            List<Bewaarregel> regels = new java.util.ArrayList<>(TERMIJNEN.regels().stream().filter(r -> r.doel() == bewaardAls).toList());
            if (bewaardAls == Doel.AUDIT) {
                regels.add(TERMIJNEN.logboek());
            }
            assertThat(v.bewaartermijnen()).as(doel + " bewaartermijnen").isNotEmpty().containsExactlyElementsOf(regels);
            Set<String> rollen = BELEID.handelingen().stream().filter(h -> BELEID.verwerking(doel).orElseThrow().omvat(h))
                    .flatMap(h -> BELEID.regel(h).orElseThrow().rollen().stream()).map(Rol::claim).collect(Collectors.toSet());
            assertThat(v.rollen()).as(doel + " rollen").extracting(Registerverwerking.Registerrol::code).containsExactlyInAnyOrderElementsOf(rollen);
            v.rollen().forEach(r -> assertThat(r.omschrijving()).isEqualTo(REALM.rollen().get(r.code())));
        }
    }

    @Test
    void deVerantwoordelijkenKomenUitDeEigenarenVanDeBewaarregelsMetDeOrganisatiesUitDeRealm() {
        Registerverwerking overdracht = verwerking(register(BELEID, TERMIJNEN), Doel.OVERDRACHT);
        assertThat(overdracht.verantwoordelijken()).singleElement().satisfies(v -> {
            assertThat(v.organisatietype()).isEqualTo("VEILIG_THUIS");
            assertThat(v.organisaties()).containsExactly(new Registerverwerking.Organisatie("VTRR", "Veilig Thuis Rotterdam Rijnmond"));
        });
        Registerverwerking crisis = verwerking(register(BELEID, TERMIJNEN), Doel.CRISIS);
        assertThat(crisis.verantwoordelijken()).extracting(Registerverwerking.Verantwoordelijke::organisatietype)
                .containsExactlyInAnyOrder("VEILIG_THUIS", "CRISISINTERVENTIETEAM", "RAAD_VOOR_DE_KINDERBESCHERMING", "CENTRUM_HGKM");
        Registerverwerking casusoverleg = verwerking(register(BELEID, TERMIJNEN), Doel.CASUSOVERLEG);
        assertThat(casusoverleg.verantwoordelijken()).as("het ZVH voor de gedeelde kopie, elke partner voor zijn inbreng")
                .extracting(Registerverwerking.Verantwoordelijke::organisatietype)
                .containsExactlyInAnyOrderElementsOf(BELEID.organisatietypen(Doel.CASUSOVERLEG));
    }

    @Test
    void eenWijzigingVanHetBeleidIsEenWijzigingVanHetRegister() {
        Toegangsbeleid gewijzigd = beleid(b -> {
            JsonObject doelen = b.build().getJsonObject("doelen");
            JsonObject casusoverleg = doelen.getJsonObject("CASUSOVERLEG");
            JsonObjectBuilder zonderPolitie = Json.createObjectBuilder(casusoverleg)
                    .add("POLITIE", Json.createArrayBuilder().add("IDENTITEIT").add("VEILIGHEID"));
            return Json.createObjectBuilder(origineel()).add("doelen", Json.createObjectBuilder(doelen).add("CASUSOVERLEG", zonderPolitie))
                    .add("grondslagen", Json.createObjectBuilder(origineel().getJsonObject("grondslagen")).add("CRISIS", "Jeugdwet"));
        });

        Verwerkingsregister voor = register(BELEID, TERMIJNEN);
        Verwerkingsregister na = register(gewijzigd, TERMIJNEN);

        assertThat(ontvanger(voor, Doel.CASUSOVERLEG, "POLITIE")).contains(Gegevenscategorie.JUSTITIEEL);
        assertThat(ontvanger(na, Doel.CASUSOVERLEG, "POLITIE")).containsExactlyInAnyOrder(Gegevenscategorie.IDENTITEIT, Gegevenscategorie.VEILIGHEID);
        assertThat(verwerking(na, Doel.CRISIS).grondslag()).isEqualTo("Jeugdwet");
        assertThat(verwerking(voor, Doel.CRISIS).grondslag()).isNotEqualTo("Jeugdwet");
        assertThat(verwerking(na, Doel.OVERDRACHT)).as("de rest blijft gelijk").isEqualTo(verwerking(voor, Doel.OVERDRACHT));
    }

    @Test
    void eenWijzigingVanDeBewaartermijnenIsEenWijzigingVanHetRegister() throws IOException {
        JsonObject bestand;
        try (InputStream in = Bewaartermijnen.class.getResourceAsStream(Bewaartermijnen.BESTAND)) {
            bestand = Json.createReader(in).readObject();
        }
        var regels = Json.createArrayBuilder();
        bestand.getJsonArray("regels").getValuesAs(JsonObject.class).forEach(r -> regels.add(r.getString("brontype").equals("AANMELDING")
                ? Json.createObjectBuilder(r).add("termijn", Json.createObjectBuilder().add("maanden", 6)).build() : r));
        Bewaartermijnen korter = Bewaartermijnen.uit(new ByteArrayInputStream(Json.createObjectBuilder(bestand).add("regels", regels)
                .build().toString().getBytes(StandardCharsets.UTF_8)));

        Registerverwerking na = verwerking(register(BELEID, korter), Doel.CASUSOVERLEG);

        assertThat(na.bewaartermijnen()).filteredOn(r -> r.brontype().equals("AANMELDING")).singleElement()
                .satisfies(r -> assertThat(r.omschrijving()).isEqualTo("6 maanden na afschaling"));
        assertThat(verwerking(register(BELEID, TERMIJNEN), Doel.CASUSOVERLEG).bewaartermijnen())
                .filteredOn(r -> r.brontype().equals("AANMELDING")).singleElement()
                .satisfies(r -> assertThat(r.omschrijving()).isEqualTo("12 maanden na afschaling"));
    }

    @Test
    void eenDoelZonderBeschrijvingOfEenHandelingZonderVerwerkingLaatHetRegisterWeigeren() {
        Toegangsbeleid zonderAudit = beleid(b -> b.add("verwerkingen",
                Json.createObjectBuilder(origineel().getJsonObject("verwerkingen")).remove("AUDIT")));
        assertThatThrownBy(() -> register(zonderAudit, TERMIJNEN))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Het verwerkingsregister is niet volledig uit de configuratie af te leiden:")
                .hasMessageContaining("AUDIT heeft een grondslag maar geen beschrijving in 'verwerkingen'.")
                .hasMessageContaining("Handeling 'logboek.lezen' valt onder 0 verwerkingen");

        Toegangsbeleid dubbeleCategorieen = beleid(b -> b.add("verwerkingen", Json.createObjectBuilder(origineel().getJsonObject("verwerkingen"))
                .add("OVERDRACHT", Json.createObjectBuilder(origineel().getJsonObject("verwerkingen").getJsonObject("OVERDRACHT"))
                        .add("categorieen", Json.createArrayBuilder().add("IDENTITEIT")))));
        assertThatThrownBy(() -> register(dubbeleCategorieen, TERMIJNEN))
                .hasMessageContaining("OVERDRACHT: de categorieën staan al in 'doelen'; noem ze niet nog eens in 'verwerkingen'.");
    }

    @Test
    void eenRolDieDeRealmNietKentLaatHetRegisterWeigeren() {
        Realm zonderFg = new Realm(REALM.rollen().entrySet().stream().filter(e -> !e.getKey().equals("functionaris-gegevensbescherming"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), REALM.organisaties());
        assertThatThrownBy(() -> Verwerkingsregister.uit(BELEID, TERMIJNEN, zonderFg, code -> Optional.empty()))
                .hasMessageContaining("AUDIT: rol 'functionaris-gegevensbescherming' staat in het toegangsbeleid maar niet in de realm.");
    }

    @Test
    void dePdfNoemtElkDoelMetGrondslagEnTermijn() throws IOException {
        byte[] pdf = VerwerkingsregisterPdf.maak(register(BELEID, TERMIJNEN));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String tekst = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(VerwerkingsregisterPdf.TITEL);
            for (Doel doel : Doel.values()) {
                assertThat(tekst).contains("Doel: " + doel.name().toLowerCase());
                assertThat(tekst).contains(BELEID.grondslag(doel));
            }
            assertThat(tekst).contains("OVERDRACHT van Veilig Thuis: 20 jaar na afsluiting")
                    .contains("Veilig Thuis: Veilig Thuis Rotterdam Rijnmond (VTRR)")
                    .contains("Politie: identiteit, justitieel, veiligheid");
        }
    }

    private static Registerverwerking verwerking(Verwerkingsregister register, Doel doel) {
        return register.verwerkingen().stream().filter(v -> v.doel() == doel).findFirst().orElseThrow();
    }

    private static Set<Gegevenscategorie> ontvanger(Verwerkingsregister register, Doel doel, String type) {
        return verwerking(register, doel).ontvangers().stream().filter(o -> o.organisatietype().equals(type)).findFirst().orElseThrow()
                .categorieen();
    }

    private static JsonObject origineel() {
        try (InputStream in = Toegangsbeleid.class.getResourceAsStream(Toegangsbeleid.BESTAND)) {
            return Json.createReader(in).readObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The reviewed policy with one change, in memory. */
    private static Toegangsbeleid beleid(UnaryOperator<JsonObjectBuilder> wijziging) {
        JsonObject beleid = wijziging.apply(Json.createObjectBuilder(origineel())).build();
        return Toegangsbeleid.uit(new ByteArrayInputStream(beleid.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
