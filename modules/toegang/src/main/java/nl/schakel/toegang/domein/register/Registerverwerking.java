package nl.schakel.toegang.domein.register;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.bewaren.Bewaarregel;

/**
 * One processing activity of the register (AVG art. 30 lid 1): its purpose and legal basis, the controllers, the
 * categories of personal data and of data subjects, the recipients, who processes it (by role) and the retention.
 * {@code bewaardMet} names the purpose whose retention applies when this one keeps nothing of its own.
 */
public record Registerverwerking(Doel doel, String omschrijving, String grondslag, List<Verantwoordelijke> verantwoordelijken,
        Set<Gegevenscategorie> categorieen, List<String> betrokkenen, List<Ontvanger> ontvangers, List<Registerrol> rollen,
        List<Bewaarregel> bewaartermijnen, Optional<Doel> bewaardMet) {

    /** A controller: an organisation type, with the organisations of that type the realm knows. */
    public record Verantwoordelijke(String organisatietype, List<Organisatie> organisaties) {}

    /** An organisation of the realm: its code and name. */
    public record Organisatie(String code, String naam) {}

    /** A kind of organisation that may receive data for this purpose, and the categories it may ever receive. */
    public record Ontvanger(String organisatietype, Set<Gegevenscategorie> categorieen) {}

    /** A realm role that acts in this purpose, with the realm's description of it. */
    public record Registerrol(String code, String omschrijving) {}
}
