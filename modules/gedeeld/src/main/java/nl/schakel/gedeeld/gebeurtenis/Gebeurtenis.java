package nl.schakel.gedeeld.gebeurtenis;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One event of any flow as the outside world may learn of it, in CloudEvents terms: what happened ({@code type}),
 * in which flow ({@code bron}, the CloudEvents {@code source}), about what ({@link Onderwerp}), for which
 * organisations ({@code ontvangers}) on behalf of which ({@code eigenaren}), and when. Data-poor on purpose: ids and
 * organisation codes only, never a name or case content. A flow decides which events happen and builds them; the
 * {@link GebeurtenisSchrijver} stores them in the flow's own transaction.
 *
 * <p>The shared kernel knows no flow: it only holds every flow to one shape. The source is
 * {@code urn:nl:schakel:<stroom>} and the type lies in that flow's own namespace, {@code nl.schakel.<stroom>.<wat>},
 * so no flow can speak for another. The database checks the same (V1__gebeurtenis.sql).
 *
 * @param ontvangers the organisations the event is delivered to: one or more, each once
 * @param eigenaren  the organisations responsible for the resource: one or more, each once
 */
public record Gebeurtenis(
        UUID id,
        String type,
        String bron,
        Onderwerp onderwerp,
        List<String> ontvangers,
        List<String> eigenaren,
        Instant tijdstip) {

    static final String BRONVOORVOEGSEL = "urn:nl:schakel:";
    static final Pattern BRON = Pattern.compile(Pattern.quote(BRONVOORVOEGSEL) + "([a-z][a-z0-9-]{1,39})");
    static final Pattern WAT = Pattern.compile("[a-z][a-z0-9-]{1,59}");
    static final Pattern ORGANISATIECODE = Pattern.compile("[A-Z0-9-]{2,32}");
    /** A crisis file has a handful of partners, a case meeting a few more; far more is a bug, not a meeting. */
    public static final int MAXIMAAL_ORGANISATIES = 50;

    public Gebeurtenis {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(onderwerp, "onderwerp");
        Objects.requireNonNull(tijdstip, "tijdstip");
        var stroom = bron == null ? null : BRON.matcher(bron);
        if (stroom == null || !stroom.matches()) {
            throw new IllegalArgumentException("bron moet urn:nl:schakel:<stroom> zijn: " + bron);
        }
        String namespace = "nl.schakel." + stroom.group(1) + ".";
        if (type == null || !type.startsWith(namespace) || !WAT.matcher(type.substring(namespace.length())).matches()) {
            throw new IllegalArgumentException("type moet " + namespace + "<wat> zijn bij bron " + bron + ": " + type);
        }
        ontvangers = organisaties("ontvangers", ontvangers);
        eigenaren = organisaties("eigenaren", eigenaren);
    }

    /** A new event with a fresh id. */
    public static Gebeurtenis nieuw(String type, String bron, Onderwerp onderwerp, List<String> ontvangers,
            List<String> eigenaren, Instant tijdstip) {
        return new Gebeurtenis(UUID.randomUUID(), type, bron, onderwerp, ontvangers, eigenaren, tijdstip);
    }

    private static List<String> organisaties(String naam, List<String> codes) {
        if (codes == null || codes.isEmpty() || codes.size() > MAXIMAAL_ORGANISATIES) {
            throw new IllegalArgumentException(naam + ": 1 tot en met " + MAXIMAAL_ORGANISATIES + " organisaties");
        }
        List<String> kopie = List.copyOf(codes); // also refuses a null element
        if (!kopie.stream().allMatch(c -> ORGANISATIECODE.matcher(c).matches())) {
            throw new IllegalArgumentException(naam + ": ongeldige organisatiecode in " + kopie);
        }
        if (new HashSet<>(kopie).size() != kopie.size()) {
            throw new IllegalArgumentException(naam + ": een organisatie staat er meer dan eens in: " + kopie);
        }
        return kopie;
    }
}
