package nl.schakel.keycloakrealm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names fixed in docs/afspraken-tussen-onderdelen.md, copied here on purpose: when the contract
 * changes, this class and the realm file change together, and the tests catch a realm that drifts.
 */
final class Contract {

    static final String REALM = "schakel";
    static final String WEB_CLIENT = "schakel-web";
    static final String INTEGRATIE_CLIENT = "schakel-integratie";
    static final String SERVICE_ACCOUNT = "service-account-schakel-integratie";
    static final String AUDIENCE = "schakel-api";
    static final String DEMO_WACHTWOORD = "schakel-demo";

    /** Environment variables the launcher fills; the only placeholders the realm file may use. */
    static final Set<String> PLACEHOLDERS = Set.of("SCHAKEL_INTEGRATIE_SECRET", "SCHAKEL_WEB_URL", "SCHAKEL_INTEGRATIE_NAMENS");

    static final List<String> ROLLEN = List.of(
            "procesregisseur", "crisismedewerker", "teamleider", "wijkteammedewerker", "politiemedewerker",
            "officier-van-justitie", "reclasseringswerker", "raadsonderzoeker", "cit-medewerker",
            "filomena-medewerker", "zvh-procesregisseur", "functionaris-gegevensbescherming",
            "functioneel-beheerder", "integratie");

    static final List<String> ORGANISATIES = List.of(
            "VTRR", "WT-RDAM-FEIJ", "WT-RDAM-CHAR", "LT-SCHIEDAM", "POL-RR", "OM-RDAM", "RN-RDAM",
            "RVDK-RR", "JBRR", "CIT-JBRR", "FIL", "ZVHRR", "SCHAKEL");

    record DemoGebruiker(String organisatie, String rol) {}

    static final Map<String, DemoGebruiker> DEMO_GEBRUIKERS = new LinkedHashMap<>();

    static {
        demo("vt.procesregisseur", "VTRR", "procesregisseur");
        demo("vt.crisis", "VTRR", "crisismedewerker");
        demo("vt.teamleider", "VTRR", "teamleider");
        demo("wt.feijenoord", "WT-RDAM-FEIJ", "wijkteammedewerker");
        demo("wt.charlois", "WT-RDAM-CHAR", "wijkteammedewerker");
        demo("wt.schiedam", "LT-SCHIEDAM", "wijkteammedewerker");
        demo("politie", "POL-RR", "politiemedewerker");
        demo("om", "OM-RDAM", "officier-van-justitie");
        demo("reclassering", "RN-RDAM", "reclasseringswerker");
        demo("raad", "RVDK-RR", "raadsonderzoeker");
        demo("cit", "CIT-JBRR", "cit-medewerker");
        demo("filomena", "FIL", "filomena-medewerker");
        demo("zvh", "ZVHRR", "zvh-procesregisseur");
        demo("fg", "VTRR", "functionaris-gegevensbescherming");
        demo("beheer", "SCHAKEL", "functioneel-beheerder");
    }

    static final String SERVICE_ACCOUNT_ROL = "integratie";
    static final String SERVICE_ACCOUNT_ORGANISATIE = "SCHAKEL";

    private static void demo(String gebruiker, String organisatie, String rol) {
        DEMO_GEBRUIKERS.put(gebruiker, new DemoGebruiker(organisatie, rol));
    }

    private Contract() {
    }
}
