package nl.schakel.web.vernietiging;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.UUID;
import nl.schakel.toegang.domein.bewaren.Bewaarplicht;

/** A legal hold as the API shows and takes it: on create only {@code brontype}, {@code bronId} and {@code reden}. */
@JsonbPropertyOrder({"brontype", "bronId", "reden", "opgelegdDoor", "opgelegdOp"})
public record BewaarplichtJson(String brontype, UUID bronId, String reden, String opgelegdDoor, Instant opgelegdOp) {

    static BewaarplichtJson van(Bewaarplicht p) {
        return new BewaarplichtJson(p.brontype(), p.id(), p.reden(), p.opgelegdDoorNaam(), p.opgelegdOp());
    }
}
