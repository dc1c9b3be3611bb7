package nl.schakel.web.casusoverleg;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.UUID;

/** The caller's confirmation of a meeting's confidentiality statement: which meeting, since when. */
@JsonbPropertyOrder({"overlegId", "bevestigdOp"})
public record GeheimhoudingJson(UUID overlegId, Instant bevestigdOp) {}
