package nl.schakel.crisisdossier.domein;

import java.time.Instant;
import nl.schakel.toegang.domein.Gecategoriseerd;
import nl.schakel.toegang.domein.Gegevenscategorie;

/** One version of an entry as it was written: the history a correction never erases. */
public record Aantekeningversie(int versie, Aantekeningsoort soort, Gegevenscategorie categorie, String tekst, String doorNaam,
        String doorOrganisatie, Instant op) implements Gecategoriseerd {

    @Override
    public String eigenaar() {
        return doorOrganisatie;
    }
}
