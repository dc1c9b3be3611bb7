package nl.schakel.toegang.domein;

import java.util.UUID;

/** A shared resource as access sees it: its type (e.g. {@code OVERDRACHT}) and id. */
public record Bron(String type, UUID id) {}
