package nl.schakel.web.invoer;

import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.schakel.gedeeld.json.JsonFabriek;

/**
 * The API's one input policy, applied to the raw bytes before JSON-B, JPA or SQL see them (see
 * docs/afspraken-tussen-onderdelen.md, "Invoerbeleid"). Pure, so it can be tested and fuzzed without a server.
 *
 * <ul>
 *   <li>Text is strict UTF-8: a byte sequence that is not UTF-8 is refused, never replaced by U+FFFD.</li>
 *   <li>No control characters: in body strings only tab, line feed and carriage return (free text has lines; CR
 *       because Windows clients send CRLF), in parameters none at all. Also refused: DEL and C1 controls, lone
 *       surrogates (also when written as a {@code \ud800} escape) and the non-characters U+FFFE/U+FFFF.
 *       PostgreSQL refuses NUL in text and jsonb; refusing here turns a 500 into a 400 that names the field.</li>
 *   <li>A body is exactly one JSON document: no trailing data, no duplicate keys (which reader wins is a guess),
 *       nesting at most {@value #MAXIMALE_DIEPTE} deep, numbers at most {@value #MAXIMALE_GETALLENGTE} characters.</li>
 *   <li>Query values are at most {@value #MAXIMALE_PARAMETERLENGTE} characters.</li>
 * </ul>
 * Whether a field may hold a line break at all (a code, a name) is the domain's rule; this is the floor for all.
 */
public final class Invoerbeleid {

    static final int MAXIMALE_DIEPTE = 32;
    static final int MAXIMALE_GETALLENGTE = 40;
    public static final int MAXIMALE_PARAMETERLENGTE = 1000;

    private static final String NA_HET_DOCUMENT = "Na het JSON-document volgt nog inhoud; stuur precies één document.";

    private Invoerbeleid() {}

    /** Strict UTF-8; empty when the bytes are not UTF-8 (overlong forms and encoded surrogates included). */
    public static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException fout) {
            return Optional.empty();
        }
    }

    /** Why a text may not enter, or empty when it may; {@code vrijeTekst} allows tab, LF and CR. */
    public static Optional<String> tekstfout(String tekst, boolean vrijeTekst) {
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < tekst.length() && Character.isLowSurrogate(tekst.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(String.format("Bevat een losse surrogaat (U+%04X): geen geldige Unicode.", (int) c));
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(String.format("Bevat een losse surrogaat (U+%04X): geen geldige Unicode.", (int) c));
            }
            boolean toegestaanWit = vrijeTekst && (c == '\t' || c == '\n' || c == '\r');
            if ((c < 0x20 && !toegestaanWit) || (c >= 0x7F && c <= 0x9F)) {
                return Optional.of(String.format("Bevat een stuurteken (U+%04X) dat hier niet is toegestaan.", (int) c));
            }
            if (c == '\uFFFE' || c == '\uFFFF') {
                return Optional.of(String.format("Bevat een niet-teken (U+%04X).", (int) c));
            }
        }
        return Optional.empty();
    }

    /**
     * Percent-decodes one part of a URI (a path segment or a query name or value) strictly: a broken escape or
     * bytes that are not UTF-8 give empty. Characters above U+007F that the container passed on raw are taken as
     * the bytes they arrived as (ISO-8859-1, how Grizzly hands over the undecoded URI).
     */
    public static Optional<String> decodeer(String ruw, boolean plusIsSpatie) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(ruw.length());
        for (int i = 0; i < ruw.length(); i++) {
            char c = ruw.charAt(i);
            if (c == '%') {
                if (i + 2 >= ruw.length()) {
                    return Optional.empty();
                }
                int hoog = Character.digit(ruw.charAt(i + 1), 16);
                int laag = Character.digit(ruw.charAt(i + 2), 16);
                if (hoog < 0 || laag < 0) {
                    return Optional.empty();
                }
                bytes.write(hoog * 16 + laag);
                i += 2;
            } else if (c == '+' && plusIsSpatie) {
                bytes.write(' ');
            } else if (c <= 0xFF) {
                bytes.write(c);
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        return utf8(bytes.toByteArray());
    }

    /** Checks every name and value of a raw (undecoded) query string. */
    public static Optional<Invoerfout> query(String ruw) {
        if (ruw == null || ruw.isEmpty()) {
            return Optional.empty();
        }
        for (String paar : ruw.split("&", -1)) {
            int is = paar.indexOf('=');
            String ruweNaam = is < 0 ? paar : paar.substring(0, is);
            String ruweWaarde = is < 0 ? "" : paar.substring(is + 1);
            Optional<String> naam = decodeer(ruweNaam, true);
            String genoemd = naam.filter(n -> tekstfout(n, false).isEmpty() && n.length() <= 100).orElse("query");
            if (naam.isEmpty()) {
                return Optional.of(Invoerfout.parameter(genoemd, "De naam is geen geldige UTF-8 of bevat een kapotte %-codering."));
            }
            Optional<String> naamfout = tekstfout(naam.get(), false);
            if (naamfout.isPresent()) {
                return Optional.of(Invoerfout.parameter(genoemd, "De naam: " + naamfout.get()));
            }
            Optional<String> waarde = decodeer(ruweWaarde, true);
            if (waarde.isEmpty()) {
                return Optional.of(Invoerfout.parameter(genoemd, "Geen geldige UTF-8 of een kapotte %-codering."));
            }
            if (waarde.get().length() > MAXIMALE_PARAMETERLENGTE) {
                return Optional.of(new Invoerfout(414, "API-414", "Adres te lang",
                        "Een parameter is langer dan " + MAXIMALE_PARAMETERLENGTE + " tekens.",
                        java.util.List.of(new nl.schakel.gedeeld.fout.OngeldigeParameter(genoemd, "Te lang."))));
            }
            Optional<String> waardefout = tekstfout(waarde.get(), false);
            if (waardefout.isPresent()) {
                return Optional.of(Invoerfout.parameter(genoemd, waardefout.get()));
            }
        }
        return Optional.empty();
    }

    /** Checks each segment of the raw (undecoded) request path; path parameters are segments. */
    public static Optional<Invoerfout> pad(String ruw) {
        if (ruw == null) {
            return Optional.empty();
        }
        for (String segment : ruw.split("/", -1)) {
            Optional<String> tekst = decodeer(segment, false);
            if (tekst.isEmpty()) {
                return Optional.of(Invoerfout.parameter("pad", "Een deel van het pad is geen geldige UTF-8 of bevat een kapotte %-codering."));
            }
            Optional<String> fout = tekstfout(tekst.get(), false);
            if (fout.isPresent()) {
                return Optional.of(Invoerfout.parameter("pad", fout.get()));
            }
        }
        return Optional.empty();
    }

    /** Checks a JSON body as bytes: strict UTF-8, one document, every key and string by the text rules. */
    public static Optional<Invoerfout> json(byte[] body) {
        Optional<String> tekst = utf8(body);
        if (tekst.isEmpty()) {
            return Optional.of(Invoerfout.body("De inhoud is geen geldige UTF-8."));
        }
        if (!tekst.get().isEmpty() && tekst.get().charAt(0) == '\uFEFF') {
            return Optional.of(Invoerfout.body("De inhoud begint met een byte order mark; JSON is UTF-8 zonder."));
        }
        try (JsonParser parser = JsonFabriek.parser(new StringReader(tekst.get()))) {
            return document(parser);
        } catch (JsonParsingException | IllegalStateException | java.util.NoSuchElementException fout) {
            // Parsson reports data after the document as "Expected EOF token"
            if (String.valueOf(fout.getMessage()).contains("EOF")) {
                return Optional.of(Invoerfout.body(NA_HET_DOCUMENT));
            }
            return Optional.of(Invoerfout.body("De inhoud is geen geldige JSON."));
        }
    }

    private static Optional<Invoerfout> document(JsonParser parser) {
        Deque<Niveau> stapel = new ArrayDeque<>();
        boolean begonnen = false;
        while (parser.hasNext()) {
            if (begonnen && stapel.isEmpty()) {
                return Optional.of(Invoerfout.body(NA_HET_DOCUMENT));
            }
            JsonParser.Event event = parser.next();
            begonnen = true;
            Niveau huidig = stapel.peek();
            switch (event) {
                case START_OBJECT, START_ARRAY -> {
                    if (huidig != null) {
                        huidig.waarde();
                    }
                    if (stapel.size() >= MAXIMALE_DIEPTE) {
                        return Optional.of(Invoerfout.body("De inhoud is dieper genest dan " + MAXIMALE_DIEPTE + " niveaus."));
                    }
                    stapel.push(new Niveau(event == JsonParser.Event.START_OBJECT, huidig == null ? "" : huidig.pad()));
                }
                case END_OBJECT, END_ARRAY -> stapel.pop();
                case KEY_NAME -> {
                    String sleutel = parser.getString();
                    Optional<String> fout = tekstfout(sleutel, false);
                    if (fout.isPresent()) {
                        return Optional.of(Invoerfout.veld(huidig.pad() + "(naam)", fout.get()));
                    }
                    if (!huidig.sleutel(sleutel)) {
                        return Optional.of(Invoerfout.veld(huidig.pad(), "Komt twee keer voor."));
                    }
                }
                case VALUE_STRING -> {
                    if (huidig != null) {
                        huidig.waarde();
                    }
                    String naam = huidig == null ? "" : huidig.pad();
                    Optional<String> fout = tekstfout(parser.getString(), true);
                    if (fout.isPresent()) {
                        return Optional.of(Invoerfout.veld(naam, fout.get()));
                    }
                }
                case VALUE_NUMBER -> {
                    if (huidig != null) {
                        huidig.waarde();
                    }
                    String naam = huidig == null ? "" : huidig.pad();
                    if (parser.getString().length() > MAXIMALE_GETALLENGTE) {
                        return Optional.of(Invoerfout.veld(naam, "Getal van meer dan " + MAXIMALE_GETALLENGTE + " tekens."));
                    }
                }
                default -> {
                    if (huidig != null) {
                        huidig.waarde();
                    }
                }
            }
        }
        return begonnen ? Optional.empty() : Optional.of(Invoerfout.body("De inhoud is geen geldige JSON."));
    }

    /** One object or array being read: the keys seen (for duplicates) and the JSON path of the current value. */
    private static final class Niveau {
        private final boolean object;
        private final String ouder;
        private final Set<String> sleutels = new HashSet<>();
        private String sleutel;
        private int index = -1;

        Niveau(boolean object, String ouder) {
            this.object = object;
            this.ouder = ouder;
        }

        boolean sleutel(String naam) {
            sleutel = naam;
            return sleutels.add(naam);
        }

        /** Called when a value starts: in an array it moves the index on. */
        void waarde() {
            if (!object) {
                index++;
            }
        }

        /** The JSON path of the value being read, e.g. {@code betrokkenen[0].bsn}. */
        String pad() {
            if (object) {
                String naam = sleutel == null ? "" : sleutel;
                return ouder.isEmpty() ? naam : ouder + "." + naam;
            }
            return ouder + "[" + Math.max(index, 0) + "]";
        }
    }
}
