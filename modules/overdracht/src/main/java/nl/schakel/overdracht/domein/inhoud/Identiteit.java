package nl.schakel.overdracht.domein.inhoud;

import java.time.LocalDate;

/** Who a betrokkene is. {@code gemeente} is the CBS code of the municipality of residence (GM0599). */
public record Identiteit(
        String voornaam, String achternaam, LocalDate geboortedatum, Geslacht geslacht, String gemeente) {}
