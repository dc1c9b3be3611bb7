package nl.schakel.crisisdossier.domein;

import java.util.List;

/** An organisation's part of the joint veiligheidsbeoordeling and veiligheidsplan, as sent. */
public record Veiligheidsbijdragegegevens(String oordeel, List<String> risicofactoren, List<String> beschermendeFactoren,
        List<String> afspraken) {}
