package nl.schakel.crisisdossier.domein;

import java.util.Optional;

/** The tasks of one file at a glance: how many are open or under way, and which organisation goes to the family. */
public record Taakoverzicht(int open, Optional<String> gaatErheen) {

    public static final Taakoverzicht GEEN = new Taakoverzicht(0, Optional.empty());
}
