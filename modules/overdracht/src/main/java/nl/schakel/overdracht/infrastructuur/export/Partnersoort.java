package nl.schakel.overdracht.infrastructuur.export;

import java.util.Map;

/**
 * The kind of partner an overdracht went to, in the words a melder may read: "een wijkteam", never the
 * organisation's name (the name of a wijkteam tells where the family lives). Keyed by the partner register's
 * organisation type ({@code OrganisatieType} names, docs/afspraken-tussen-onderdelen.md).
 */
public final class Partnersoort {

    private static final String ONBEKEND = "een hulpverlenende organisatie";

    private static final Map<String, String> WOORDEN = Map.ofEntries(
            Map.entry("WIJKTEAM", "een wijkteam"),
            Map.entry("JEUGDBESCHERMING", "een organisatie voor jeugdbescherming"),
            Map.entry("CRISISINTERVENTIETEAM", "een crisisteam voor jeugd en gezin"),
            Map.entry("RAAD_VOOR_DE_KINDERBESCHERMING", "de Raad voor de Kinderbescherming"),
            Map.entry("CENTRUM_HGKM", "een centrum voor huiselijk geweld en kindermishandeling"),
            Map.entry("RECLASSERING", "de reclassering"),
            Map.entry("OPVANG", "een opvangorganisatie"),
            Map.entry("ZORG_EN_VEILIGHEIDSHUIS", "het Zorg- en Veiligheidshuis"),
            Map.entry("VEILIG_THUIS", "Veilig Thuis"));

    private Partnersoort() {}

    /** "een wijkteam" for {@code WIJKTEAM}; a neutral phrase for a type without its own words. */
    public static String inWoorden(String organisatietype) {
        return organisatietype == null ? ONBEKEND : WOORDEN.getOrDefault(organisatietype, ONBEKEND);
    }
}
