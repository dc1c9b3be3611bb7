package nl.schakel.toegang.domein.bewaren;

import java.time.Instant;
import java.util.UUID;

/** A legal hold: while it stands the resource is never proposed for destruction. */
public record Bewaarplicht(String brontype, UUID id, String reden, String opgelegdDoor, String opgelegdDoorNaam, Instant opgelegdOp) {}
