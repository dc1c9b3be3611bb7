package nl.schakel.toegang.toepassing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.schakel.toegang.domein.bewaren.Bewaartermijnen;

/** The reviewed retention file with one rule changed or left out, as text: for tests that try a change. */
final class BewaartermijnenJson {

    private BewaartermijnenJson() {}

    static String metEigenaar(String brontype, String eigenaar, String nieuweEigenaar) {
        return herschrijf(brontype, eigenaar, nieuweEigenaar);
    }

    static String zonder(String brontype, String eigenaar) {
        return herschrijf(brontype, eigenaar, null);
    }

    private static String herschrijf(String brontype, String eigenaar, String nieuweEigenaar) {
        JsonObject origineel = origineel();
        JsonArrayBuilder regels = Json.createArrayBuilder();
        for (JsonObject regel : origineel.getJsonArray("regels").getValuesAs(JsonObject.class)) {
            boolean deze = regel.getString("brontype").equals(brontype) && regel.getString("eigenaar").equals(eigenaar);
            if (!deze) {
                regels.add(regel);
            } else if (nieuweEigenaar != null) {
                regels.add(Json.createObjectBuilder(regel).add("eigenaar", nieuweEigenaar));
            }
        }
        return Json.createObjectBuilder(origineel).add("regels", regels).build().toString();
    }

    private static JsonObject origineel() {
        try (InputStream in = Bewaartermijnen.class.getResourceAsStream(Bewaartermijnen.BESTAND)) {
            return Json.createReader(in).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
