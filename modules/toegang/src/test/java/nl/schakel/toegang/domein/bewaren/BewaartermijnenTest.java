package nl.schakel.toegang.domein.bewaren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import nl.schakel.toegang.domein.Doel;
import org.junit.jupiter.api.Test;

/** The reviewed retention file says what the domain says, and a broken file stops the start, naming every fault. */
class BewaartermijnenTest {

    private final Bewaartermijnen termijnen = new Bewaartermijnen();

    @Test
    void veiligThuisBewaartZijnOverdrachtTwintigJaarNaAfsluiting() {
        assertThat(termijnen.regel("OVERDRACHT", "VEILIG_THUIS")).hasValueSatisfying(r -> {
            assertThat(r.termijn()).isEqualTo(new Termijn(20, 0));
            assertThat(r.start()).isEqualTo(Klokstart.AFSLUITING);
            assertThat(r.doel()).isEqualTo(Doel.OVERDRACHT);
            assertThat(r.toelichting()).contains("Wmo 2015");
        });
        assertThat(termijnen.regel("OVERDRACHT", "WIJKTEAM")).as("een wijkteam is geen eigenaar van een overdracht").isEmpty();
    }

    @Test
    void deGedeeldeKopieVanHetZorgEnVeiligheidshuisGaatNaAfschalingEnElkeInbrengVolgtZijnEigenRegel() {
        assertThat(termijnen.regel("AANMELDING", "ZORG_EN_VEILIGHEIDSHUIS")).hasValueSatisfying(r -> {
            assertThat(r.omschrijving()).isEqualTo("12 maanden na afschaling");
            assertThat(r.toelichting()).contains("WGS");
        });
        assertThat(termijnen.regel("INBRENG", "POLITIE").orElseThrow().termijn()).isEqualTo(new Termijn(5, 0));
        assertThat(termijnen.regel("INBRENG", "VEILIG_THUIS").orElseThrow().termijn()).isEqualTo(new Termijn(20, 0));
        assertThat(termijnen.regel("INBRENG", "POLITIE").orElseThrow().termijn())
                .isNotEqualTo(termijnen.regel("AANMELDING", "ZORG_EN_VEILIGHEIDSHUIS").orElseThrow().termijn());
    }

    @Test
    void crisisaantekeningenHebbenEenRegelPerEigenaar() {
        for (String eigenaar : new String[] {"VEILIG_THUIS", "CRISISINTERVENTIETEAM", "RAAD_VOOR_DE_KINDERBESCHERMING", "CENTRUM_HGKM"}) {
            assertThat(termijnen.regel("AANTEKENING", eigenaar)).as(eigenaar).isPresent();
        }
    }

    @Test
    void hetLogboekIsTenMinsteVijfJaarEnNietKorterDanDeLangsteRegel() {
        Bewaarregel logboek = termijnen.logboek();
        assertThat(logboek.termijn().inMaanden()).isGreaterThanOrEqualTo(5 * 12);
        assertThat(termijnen.regels()).allSatisfy(r -> assertThat(logboek.termijn().isKorterDan(r.termijn())).as(r.brontype()).isFalse());
        assertThat(logboek.doel()).isEqualTo(Doel.AUDIT);
        assertThat(logboek.start()).isEqualTo(Klokstart.VASTLEGGING);
    }

    @Test
    void eenBestandZonderVersieOfMetEenOnbekendVeldOfOnbekendeEigenaarStartNiet() {
        assertThatThrownBy(() -> uit(b -> b.remove("versie")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("bewaartermijnen.json klopt niet; Schakel start niet:")
                .hasMessageContaining("het bestand: 'versie' ontbreekt of is leeg.");
        assertThatThrownBy(() -> uit(regel(0, r -> r.add("jaaren", 20))))
                .hasMessageContaining("regel 1: onbekend veld 'jaaren'");
        assertThatThrownBy(() -> uit(regel(0, r -> r.add("eigenaar", "GEMEENTE"))))
                .hasMessageContaining("regel 1: eigenaar 'GEMEENTE' bestaat niet");
        assertThatThrownBy(() -> uit(regel(1, r -> r.add("start", "OOIT"))))
                .hasMessageContaining("regel 2: start 'OOIT' bestaat niet");
    }

    @Test
    void eenTermijnVanNulOfEenNegatieveTermijnStartNiet() {
        assertThatThrownBy(() -> uit(regel(0, r -> r.add("termijn", Json.createObjectBuilder().add("jaren", 0)))))
                .hasMessageContaining("regel 1: een bewaartermijn van nul bewaart niets");
        assertThatThrownBy(() -> uit(regel(0, r -> r.add("termijn", Json.createObjectBuilder().add("maanden", -3)))))
                .hasMessageContaining("regel 1: 'maanden' is een geheel getal van nul of meer, niet -3.");
    }

    @Test
    void tweeRegelsVoorDezelfdeBronEnEigenaarStartenNiet() {
        assertThatThrownBy(() -> uit(b -> {
            JsonObject eerste = origineel().getJsonArray("regels").getJsonObject(0);
            JsonArrayBuilder regels = Json.createArrayBuilder(origineel().getJsonArray("regels")).add(eerste);
            return b.add("regels", regels);
        })).hasMessageContaining("OVERDRACHT van VEILIG_THUIS heeft meer dan een regel.");
    }

    @Test
    void eenLogboekKorterDanVijfJaarOfKorterDanWatHetBeschrijftStartNiet() {
        assertThatThrownBy(() -> uit(logboek(4)))
                .hasMessageContaining("logboek: 4 jaar is korter dan de wettelijke ondergrens van 5 jaar");
        assertThatThrownBy(() -> uit(logboek(10)))
                .hasMessageContaining("logboek: 10 jaar is korter dan de langste termijn van wat het beschrijft (OVERDRACHT van VEILIG_THUIS: 20 jaar)")
                .hasMessageNotContaining("ondergrens");
        assertThatThrownBy(() -> uit(b -> b.remove("logboek"))).hasMessageContaining("'logboek' ontbreekt");
    }

    @Test
    void alleFoutenStaanInEenMelding() {
        assertThatThrownBy(() -> uit(b -> logboek(4).apply(regel(0, r -> r.add("doel", "ONBEKEND")).apply(b.remove("toelichting")))))
                .hasMessageContaining("'toelichting' ontbreekt")
                .hasMessageContaining("regel 1: doel 'ONBEKEND' bestaat niet")
                .hasMessageContaining("logboek: 4 jaar");
    }

    @Test
    void geenJsonStartNiet() {
        assertThatThrownBy(() -> Bewaartermijnen.uit(new ByteArrayInputStream("{ regels: ".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("bewaartermijnen.json klopt niet; Schakel start niet:")
                .hasMessageContaining("geen JSON-object");
    }

    static JsonObject origineel() {
        try (InputStream in = Bewaartermijnen.class.getResourceAsStream(Bewaartermijnen.BESTAND)) {
            return Json.createReader(in).readObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The reviewed file with one change, read as the platform reads it. */
    static Bewaartermijnen uit(UnaryOperator<JsonObjectBuilder> wijziging) {
        JsonObject bestand = wijziging.apply(Json.createObjectBuilder(origineel())).build();
        return Bewaartermijnen.uit(new ByteArrayInputStream(bestand.toString().getBytes(StandardCharsets.UTF_8)));
    }

    static UnaryOperator<JsonObjectBuilder> regel(int index, UnaryOperator<JsonObjectBuilder> wijziging) {
        return b -> {
            JsonArrayBuilder regels = Json.createArrayBuilder();
            var lijst = origineel().getJsonArray("regels");
            for (int i = 0; i < lijst.size(); i++) {
                JsonValue regel = lijst.get(i);
                regels.add(i == index ? wijziging.apply(Json.createObjectBuilder(regel.asJsonObject())).build() : regel);
            }
            return b.add("regels", regels);
        };
    }

    static UnaryOperator<JsonObjectBuilder> logboek(int jaren) {
        return b -> b.add("logboek", Json.createObjectBuilder(origineel().getJsonObject("logboek"))
                .add("termijn", Json.createObjectBuilder().add("jaren", jaren)));
    }
}
