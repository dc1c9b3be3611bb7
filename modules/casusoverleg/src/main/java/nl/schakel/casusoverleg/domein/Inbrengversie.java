package nl.schakel.casusoverleg.domein;

import java.time.Instant;
import java.util.List;

/** An inbreng as it was at one version: written with every change, never changed (HAPI-style history). */
public record Inbrengversie(int versie, InbrengStatus status, List<Inbreng.Deel> delen, Instant gewijzigdOp, String gewijzigdDoor) {

    public Inbrengversie {
        delen = List.copyOf(delen);
    }
}
