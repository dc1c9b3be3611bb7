package nl.schakel.web.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * Yasson turns a number into its text where a string is declared, and a string of digits into a number:
 * {@code {"bsn":111222333}} would be stored as "111222333". The API promises types exactly as declared, so
 * these deserializers accept only the JSON type the field has; the failure names the field (Yasson wraps it in
 * "Unable to deserialize property '…'", which {@code OnleesbareInvoer} reads). JSON null stays null (a missing
 * value is the domain's to judge). Yasson matches these on the boxed types only: request bodies declare
 * {@code Integer}, {@code Long}, {@code Boolean}, never primitives.
 */
final class StrikteTypen {

    private StrikteTypen() {}

    static JsonbDeserializer<?>[] alle() {
        return new JsonbDeserializer<?>[] {new Tekst(), new Geheel(), new Lang(), new WaarOfOnwaar()};
    }

    // Yasson's parser for user deserializers has no currentEvent(); the value it stands on tells the type
    private static JsonValue huidig(JsonParser parser) {
        return parser.getValue();
    }

    private static boolean isNull(JsonValue waarde) {
        return waarde.getValueType() == JsonValue.ValueType.NULL;
    }

    private static JsonbException verkeerd(JsonValue gevonden, String verwacht) {
        return new JsonbException("Verwacht " + verwacht + ", gevonden " + gevonden.getValueType());
    }

    static final class Tekst implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
            JsonValue waarde = huidig(parser);
            if (isNull(waarde)) {
                return null;
            }
            if (!(waarde instanceof JsonString tekst)) {
                throw verkeerd(waarde, "tekst");
            }
            return tekst.getString();
        }
    }

    /** A whole number that fits the target exactly (null stays null); anything else is refused, naming what came. */
    private static <T> T geheelGetal(JsonValue waarde, Function<BigDecimal, T> exact) {
        if (isNull(waarde)) {
            return null;
        }
        if (!(waarde instanceof JsonNumber getal) || !getal.isIntegral()) {
            throw verkeerd(waarde, "geheel getal");
        }
        try {
            return exact.apply(getal.bigDecimalValue());
        } catch (ArithmeticException teGroot) {
            throw new JsonbException("Getal buiten bereik");
        }
    }

    static final class Geheel implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
            return geheelGetal(huidig(parser), BigDecimal::intValueExact);
        }
    }

    static final class Lang implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
            return geheelGetal(huidig(parser), BigDecimal::longValueExact);
        }
    }

    static final class WaarOfOnwaar implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
            JsonValue waarde = huidig(parser);
            if (isNull(waarde)) {
                return null;
            }
            if (waarde == JsonValue.TRUE) {
                return Boolean.TRUE;
            }
            if (waarde == JsonValue.FALSE) {
                return Boolean.FALSE;
            }
            throw verkeerd(waarde, "true of false");
        }
    }
}
