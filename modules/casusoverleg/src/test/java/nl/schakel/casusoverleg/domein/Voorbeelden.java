package nl.schakel.casusoverleg.domein;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Rol;

/** Fictional test data: the demo table as the migration configures it, and a complete registration. */
public final class Voorbeelden {

    public static final UUID TAFEL = UUID.fromString("c5000000-0000-4000-8000-000000000001");
    public static final List<String> CRITERIA = List.of("MEERDERE_PROBLEEMGEBIEDEN", "MEERDERE_KETENS", "IMPACT_GEZINSSYSTEEM");

    private Voorbeelden() {}

    public static Overlegtafel tafel() {
        return Overlegtafel.van(TAFEL, "Casusoverleg Huiselijk Geweld Rotterdam-Rijnmond", "VTRR", "ZVHRR",
                Set.of("VTRR", "ZVHRR", "POL-RR", "OM-RDAM", "RN-RDAM", "WT-RDAM-FEIJ"),
                CRITERIA.stream().map(code -> new Criterium(code, "Omschrijving van " + code)).toList(), 14, 5, 12);
    }

    public static Aanmeldingsgegevens aanmelding() {
        return new Aanmeldingsgegevens(TAFEL, "Hoe krijgen we samen zicht op de veiligheid van moeder en kinderen?",
                CRITERIA.stream().map(code -> new Aanmeldingsgegevens.Antwoord(code, true, "Korte reden bij " + code)).toList(),
                List.of(new Aanmeldingsgegevens.Persoon(null, "SLACHTOFFER", "Fatima", "Jansen", LocalDate.of(1990, 3, 1)),
                        new Aanmeldingsgegevens.Persoon(null, "VERMOEDELIJKE_PLEGER", "Kees", "Jansen", LocalDate.of(1988, 7, 9)),
                        new Aanmeldingsgegevens.Persoon(null, "KIND", "Noor", "Jansen", LocalDate.of(2018, 5, 20))),
                List.of("POL-RR", "OM-RDAM"));
    }

    public static Medewerker medewerker(String organisatie, Rol rol) {
        return new Medewerker(UUID.randomUUID().toString(), "Test " + organisatie, "test", Optional.of(organisatie), Optional.empty(),
                Set.of(rol), "schakel-web");
    }

    public static Medewerker zvh() {
        return medewerker("ZVHRR", Rol.ZVH_PROCESREGISSEUR);
    }

    public static Medewerker wijkteam() {
        return medewerker("WT-RDAM-FEIJ", Rol.WIJKTEAMMEDEWERKER);
    }
}
