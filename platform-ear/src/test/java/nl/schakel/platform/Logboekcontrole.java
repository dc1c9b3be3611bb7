package nl.schakel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The logboek as the privacy officer reads it through the API, for every flow's tests: the rows of one user, and the
 * one row for an action with its outcome on a resource. Each test uses its own user names ({@link #uniek}), so the rows
 * it finds are its own.
 */
public final class Logboekcontrole {

    private Logboekcontrole() {}

    /** The {@code sub} TestTokens gives a user name. */
    public static String sub(String gebruiker) {
        return UUID.nameUUIDFromBytes(gebruiker.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A user name no other test uses, so the logboek of this user holds only this test's rows. */
    public static String uniek(String basis) {
        return basis + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The logboek rows of one user (newest first, at most 100), read as the functionaris gegevensbescherming. */
    public static List<JsonObject> logboekregels(String gebruiker) {
        JsonObject pagina = Api.ok(Api.get("/api/v1/logboek?paginaGrootte=100&gebruiker=" + sub(gebruiker),
                TestTokens.voor("fg.schakel", "VTRR", "functionaris-gegevensbescherming")));
        List<JsonObject> regels = pagina.getJsonObject("_embedded").getJsonArray("logboek").getValuesAs(JsonObject.class);
        assertThat(regels).allSatisfy(r -> assertThat(r.getString("gebruiker")).isEqualTo(sub(gebruiker)));
        return regels;
    }

    /** The row for {@code handeling} with {@code uitkomst} on {@code bronId}; fails naming what was there. */
    public static JsonObject logboekregel(List<JsonObject> regels, String handeling, String uitkomst, String bronId) {
        return regels.stream()
                .filter(r -> r.getString("handeling").equals(handeling) && r.getString("uitkomst").equals(uitkomst)
                        && bronId.equals(r.getString("bronId", null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("geen logboekregel " + handeling + "/" + uitkomst + " voor " + bronId
                        + " in " + regels));
    }
}
