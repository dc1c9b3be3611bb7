package nl.schakel.overdracht.domein;

import java.util.UUID;
import nl.schakel.overdracht.domein.inhoud.BetrokkeneRol;

/** One betrokkene and its role, as recorded with a transition: ids only, no names. */
public record Betrokkenheid(UUID betrokkene, BetrokkeneRol rol) {}
