package nl.schakel.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.json.bind.Jsonb;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.schakel.overdracht.domein.inhoud.GefilterdeInhoud;
import nl.schakel.overdracht.domein.inhoud.InhoudRegels;
import nl.schakel.overdracht.domein.inhoud.Inhoudsfilter;
import nl.schakel.overdracht.domein.inhoud.OverdrachtInhoud;
import nl.schakel.overdracht.domein.inhoud.Veldgroep;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import nl.schakel.web.api.JsonbConfiguratie;
import nl.schakel.web.fout.Probleem;
import nl.schakel.web.fout.Problemen;
import nl.schakel.web.invoer.Invoerbeleid;
import nl.schakel.web.invoer.Invoerfout;

/**
 * Any bytes as an overdracht body, and any question to the policy: never a 5xx, never a stack trace or a
 * class name in the answer, never a field group outside the granted categories. Under {@code ./mvnw verify}
 * Jazzer replays the committed corpus ({@code src/test/resources/.../InvoerFuzzTestInputs}); with
 * {@code JAZZER_FUZZ=1} it fuzzes for the given duration and adds what it finds.
 */
class InvoerFuzzTest {

    private static final Jsonb JSONB = new JsonbConfiguratie().getContext(Object.class);
    private static final Toegangsbeleid BELEID = new Toegangsbeleid();
    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 25);

    @FuzzTest(maxDuration = "60s")
    void eenOverdrachtBodyGeeftNooitEenServerfout(FuzzedDataProvider data) {
        String body = data.consumeRemainingAsString();
        try {
            OverdrachtInhoud inhoud = JSONB.fromJson(body, OverdrachtInhoud.class);
            if (inhoud != null) {
                InhoudRegels.valideer(inhoud, VANDAAG);
                filterLaatNietsDoorBuitenDeToegang(inhoud, EnumSet.of(Gegevenscategorie.IDENTITEIT, Gegevenscategorie.VEILIGHEID));
            }
        } catch (RuntimeException fout) {
            Probleem probleem = Problemen.voor(fout, "00000000-0000-0000-0000-000000000000");
            assertThat(probleem.status()).as("%s bij %s", fout, body).isBetween(400, 499);
            String antwoord = JSONB.toJson(probleem);
            assertThat(antwoord).doesNotContain("Exception", "nl.schakel", "org.eclipse", "jakarta.", "\tat ");
        }
    }

    /**
     * Any bytes as a request body: what the input policy lets through is strict UTF-8, one JSON document, and holds
     * no NUL, other control character (tab, LF, CR excepted), lone surrogate or non-character in any key or string;
     * what it refuses is a 4xx with a stable code. The corpus holds the policy's edge cases (issue 10).
     */
    @FuzzTest(maxDuration = "30s")
    void hetInvoerbeleidLaatGeenVerbodenTekenDoor(FuzzedDataProvider data) {
        byte[] body = data.consumeRemainingAsBytes();
        java.util.Optional<Invoerfout> fout = Invoerbeleid.json(body);
        if (fout.isPresent()) {
            assertThat(fout.get().status()).isBetween(400, 499);
            assertThat(fout.get().code()).matches("[A-Z]{3}-\\d{3}");
            return;
        }
        String tekst = Invoerbeleid.utf8(body).orElseThrow(() -> new AssertionError("geen UTF-8 maar doorgelaten"));
        try (jakarta.json.stream.JsonParser parser = jakarta.json.Json.createParser(new java.io.StringReader(tekst))) {
            int documenten = 0;
            int diepte = 0;
            while (parser.hasNext()) {
                jakarta.json.stream.JsonParser.Event event = parser.next();
                if (diepte == 0) {
                    documenten++;
                }
                switch (event) {
                    case START_OBJECT, START_ARRAY -> diepte++;
                    case END_OBJECT, END_ARRAY -> diepte--;
                    case KEY_NAME -> assertThat(Invoerbeleid.tekstfout(parser.getString(), false)).isEmpty();
                    case VALUE_STRING -> assertThat(Invoerbeleid.tekstfout(parser.getString(), true)).isEmpty();
                    default -> { }
                }
            }
            assertThat(documenten).as("precies één document").isEqualTo(1);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void hetBeleidBeantwoordtElkeVraagZonderFout(FuzzedDataProvider data) {
        Doel doel = data.pickValue(Doel.values());
        String organisatietype = data.consumeString(40);
        String handeling = data.consumeString(60);
        Set<Rol> rollen = EnumSet.noneOf(Rol.class);
        for (Rol rol : Rol.values()) {
            if (data.consumeBoolean()) {
                rollen.add(rol);
            }
        }

        Set<Gegevenscategorie> toegestaan = BELEID.toegestaan(doel, organisatietype);
        assertThat(toegestaan).isNotNull();
        if (!toegestaan.isEmpty()) {
            assertThat(toegestaan).doesNotContain(organisatietype.equals("VEILIG_THUIS") ? null : Gegevenscategorie.MELDER);
        }
        BELEID.regel(handeling).ifPresent(regel -> regel.staatToe(rollen));
        assertThat(BELEID.regel(handeling).isPresent()).isEqualTo(BELEID.handelingen().contains(handeling));
    }

    private static void filterLaatNietsDoorBuitenDeToegang(OverdrachtInhoud inhoud, Set<Gegevenscategorie> toegestaan) {
        GefilterdeInhoud gefilterd = Inhoudsfilter.filter(inhoud, toegestaan);
        String json = JSONB.toJson(gefilterd.inhoud());
        for (Veldgroep groep : Veldgroep.values()) {
            if (!toegestaan.contains(groep.categorie())) {
                String sleutel = groep.pad().substring(groep.pad().lastIndexOf('.') + 1);
                // a key in the JSON output: inside string values quotes are escaped, so this cannot match text
                assertThat(json).as(groep.name()).doesNotContain("\"" + sleutel + "\":");
            }
        }
        assertThat(gefilterd.achtergehouden()).doesNotContainAnyElementsOf(toegestaan);
    }
}
