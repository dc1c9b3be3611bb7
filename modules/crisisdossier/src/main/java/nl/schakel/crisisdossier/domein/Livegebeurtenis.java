package nl.schakel.crisisdossier.domein;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.toegang.domein.Gegevenscategorie;

/**
 * What happened in a file, numbered in commit order, for the co-owners' open screens: a kind and an id, never content.
 * An entry's event carries its category and author, so it is pushed only to viewers whose grants show that entry.
 */
public record Livegebeurtenis(UUID crisisdossierId, long volgnummer, Soort soort, Optional<UUID> onderwerp,
        Optional<Gegevenscategorie> categorie, Optional<String> organisatie, Instant op) {

    /** The kinds a screen reacts to, by the names the stream gives them. */
    public enum Soort {
        AANTEKENING_TOEGEVOEGD("aantekening-toegevoegd"),
        AANTEKENING_GECORRIGEERD("aantekening-gecorrigeerd"),
        AANTEKENING_INGETROKKEN("aantekening-ingetrokken"),
        TAAK_TOEGEVOEGD("taak-toegevoegd"),
        TAAK_GEWIJZIGD("taak-gewijzigd"),
        VEILIGHEID_GEWIJZIGD("veiligheid-gewijzigd"),
        DOSSIER_GEWIJZIGD("dossier-gewijzigd"),
        SOF7_AFGEROND("sof7-afgerond"),
        SCREENING_GEVRAAGD("screening-gevraagd"),
        SCREENING_GEWIJZIGD("screening-gewijzigd"),
        DMFI_GEWIJZIGD("dmfi-gewijzigd"),
        DOSSIER_GESLOTEN("dossier-gesloten");

        private final String naam;

        Soort(String naam) {
            this.naam = naam;
        }

        public String naam() {
            return naam;
        }

        /** The id member a screen reads: which resource to fetch again. */
        public String onderwerpveld() {
            return name().startsWith("AANTEKENING") ? "aantekeningId" : name().startsWith("TAAK") ? "taakId"
                    : name().startsWith("SCREENING") ? "screeningsverzoekId" : "crisisdossierId";
        }
    }

    /** Whether an event of this kind ends the stream. */
    public boolean isSlot() {
        return soort == Soort.DOSSIER_GESLOTEN;
    }
}
