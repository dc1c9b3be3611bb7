package nl.schakel.toegang.domein.bewaren;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What remains of a destroyed resource: ids, owner, dates, the rule and who approved. No content, no betrokkenen. */
public record Grafsteen(String brontype, UUID id, String eigenaar, Instant klokstart, LocalDate vernietigingsdatum,
        String regel, Instant vernietigdOp, UUID lijstId, String goedgekeurdDoor, String goedgekeurdDoorNaam) {}
