package nl.schakel.web.fout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.bind.JsonbException;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.web.api.JsonbConfiguratie;
import nl.schakel.web.partners.OrganisatieInvoerJson;
import org.junit.jupiter.api.Test;

/** The boundary's JSON errors, with the JSON-B implementation Payara ships (Yasson). */
class OnleesbareInvoerTest {

    private final jakarta.json.bind.Jsonb jsonb = new JsonbConfiguratie().getContext(Object.class);

    @Test
    void eenOnbekendVeldWordtBijNaamGenoemd() {
        Probleem probleem = probleemVoor("{\"code\":\"X\",\"bsn\":\"123456782\"}");

        assertThat(probleem.invalidParams()).containsExactly(new OngeldigeParameter("bsn", "Onbekend veld."));
        assertThat(probleem.code()).isEqualTo("API-400");
    }

    @Test
    void eenVerkeerdTypeWordtBijNaamGenoemd() {
        Probleem probleem = probleemVoor("{\"code\":\"X\",\"gemeenten\":12}");

        assertThat(probleem.invalidParams()).containsExactly(new OngeldigeParameter("gemeenten", "Verkeerd type of formaat."));
    }

    @Test
    void kapotteJsonNoemtGeenVeld() {
        Probleem probleem = probleemVoor("{\"code\":");

        assertThat(probleem.invalidParams()).isNull();
        assertThat(probleem.detail()).contains("geen geldige JSON");
    }

    private Probleem probleemVoor(String json) {
        JsonbException fout = catchThrowableOfType(JsonbException.class, () -> jsonb.fromJson(json, OrganisatieInvoerJson.class));
        return OnleesbareInvoer.probleem(fout, "00000000-0000-0000-0000-000000000001");
    }
}
