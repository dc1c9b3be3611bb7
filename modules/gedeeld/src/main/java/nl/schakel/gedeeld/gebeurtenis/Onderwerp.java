package nl.schakel.gedeeld.gebeurtenis;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What an event is about (the CloudEvents {@code subject}): the kind of resource, its id and its address relative to
 * the API base, e.g. {@code OVERDRACHT}, its id, {@code /overdrachten/<id>}. The feed makes the address absolute; a
 * receiver fetches it with its own token, so what it may see is decided there, not here.
 *
 * @param type the resource type in capitals, e.g. {@code OVERDRACHT}
 * @param id   the resource's id
 * @param pad  the path below the API base, starting with {@code /}; only unreserved URI characters, no {@code .} or
 *             {@code ..} segments, so it cannot point outside the API or carry a template
 */
public record Onderwerp(String type, UUID id, String pad) {

    static final Pattern TYPE = Pattern.compile("[A-Z][A-Z_]{1,39}");
    static final Pattern PAD = Pattern.compile("(/[A-Za-z0-9][A-Za-z0-9._~-]*)+");
    static final int MAXIMALE_PADLENGTE = 200;

    public Onderwerp {
        Objects.requireNonNull(id, "id");
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("onderwerptype moet in hoofdletters zijn, zoals OVERDRACHT: " + type);
        }
        if (pad == null || pad.length() > MAXIMALE_PADLENGTE || !PAD.matcher(pad).matches()) {
            throw new IllegalArgumentException("onderwerppad moet een pad onder de API-basis zijn, zoals /zaken/<id>: " + pad);
        }
    }
}
