package nl.schakel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/** What every error answer of the API must look like: problem+json with a stable code, nothing internal. Shared by every flow's tests. */
public final class Probleemcontrole {

    private Probleemcontrole() {}

    public static JsonObject isProbleem(HttpResponse<String> antwoord, int status, String code) {
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(status);
        assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(antwoord.body())
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("nl.schakel.")
                .doesNotContain("org.eclipse")
                .doesNotContainIgnoringCase("select ");
        JsonObject probleem = Api.lees(antwoord);
        assertThat(probleem.getInt("status")).isEqualTo(status);
        assertThat(probleem.getString("code")).isEqualTo(code);
        assertThat(probleem.getString("title")).isNotBlank();
        assertThat(probleem.getString("type")).endsWith(code);
        assertThat(probleem.getString("instance")).startsWith("urn:uuid:");
        return probleem;
    }
}
