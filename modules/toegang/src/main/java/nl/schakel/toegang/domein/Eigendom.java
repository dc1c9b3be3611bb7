package nl.schakel.toegang.domein;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What access must know of a resource that only its flow can tell: the organisations that own it (they review a
 * break-glass opening of it) and the betrokkenen it concerns (the logboek names them).
 */
public record Eigendom(Set<String> eigenaren, List<UUID> betrokkenen) {

    public Eigendom {
        eigenaren = Set.copyOf(eigenaren);
        betrokkenen = List.copyOf(betrokkenen);
    }
}
