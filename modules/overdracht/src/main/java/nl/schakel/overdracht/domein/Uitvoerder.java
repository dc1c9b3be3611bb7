package nl.schakel.overdracht.domein;

import java.util.Objects;
import nl.schakel.gedeeld.fout.VerbodenFout;
import nl.schakel.toegang.domein.Medewerker;

/**
 * Who did something to an overdracht, as recorded with it: the id, the name at that moment (names change,
 * history must not) and the organisation acted for.
 */
public record Uitvoerder(String medewerkerId, String naam, String organisatieCode) {

    public static final String VERKEERDE_PARTIJ = "OVD-015";

    public Uitvoerder {
        Objects.requireNonNull(medewerkerId, "medewerkerId");
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(organisatieCode, "organisatieCode");
    }

    /**
     * Someone without an organisation acts for no party in an overdracht; a system account acting for an
     * organisation (Veilig Thuis's registration system) acts as that organisation.
     */
    public static Uitvoerder van(Medewerker medewerker) {
        String organisatie = medewerker.handeltVoor().orElseThrow(() -> new VerbodenFout(VERKEERDE_PARTIJ,
                "Alleen een medewerker van een partnerorganisatie kan aan een overdracht werken."));
        return new Uitvoerder(medewerker.id(), medewerker.naam(), organisatie);
    }
}
