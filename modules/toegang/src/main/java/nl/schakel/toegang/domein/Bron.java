package nl.schakel.toegang.domein;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A shared resource as access sees it: its type, its id and, for a type declared inside another, the resource it
 * belongs to (an agenda item of its meeting, an entry of its crisis file). A grant on the parent also opens the
 * children; a grant on a child opens that child alone.
 */
public record Bron(Brontype type, UUID id, Optional<Bron> ouder) {

    public Bron {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ouder, "ouder");
        if (type.ouder().isPresent() != ouder.isPresent()
                || ouder.filter(o -> !o.type().equals(type.ouder().get())).isPresent()) {
            throw new IllegalArgumentException("Een " + type.naam() + " hoort bij een bron van het type "
                    + type.ouder().map(Brontype::naam).orElse("(geen)") + ".");
        }
    }

    /** A resource of a type without a parent. */
    public Bron(Brontype type, UUID id) {
        this(type, id, Optional.empty());
    }

    /** A resource that belongs to {@code ouder}. */
    public static Bron binnen(Brontype type, UUID id, Bron ouder) {
        return new Bron(type, id, Optional.of(ouder));
    }

    /** The id no resource has: the parent of a resource whose own parent cannot be found. */
    public static final UUID ONBEKEND = new UUID(0L, 0L);

    /**
     * A resource of a type inside another whose parent cannot be found, because the resource itself does not exist
     * (an agenda item id nobody made). Its parents get the id {@link #ONBEKEND}, which no grant names: the gate then
     * refuses it as it refuses a missing id of a type without a parent — the same 404, and the attempt logged on the id
     * that was asked for. For a type without a parent this is the plain resource.
     */
    public static Bron metOnbekendeOuder(Brontype type, UUID id) {
        return new Bron(type, id, type.ouder().map(ouder -> metOnbekendeOuder(ouder, ONBEKEND)));
    }

    /** This resource and its ancestors, nearest first: where a grant for it may be found. */
    public List<Bron> metOuders() {
        List<Bron> keten = new ArrayList<>();
        for (Optional<Bron> b = Optional.of(this); b.isPresent(); b = b.get().ouder()) {
            keten.add(b.get());
        }
        return keten;
    }
}
