package nl.schakel.crisisdossier.domein;

import java.util.UUID;

/** Something happened in a file and has number {@code volgnummer}: the open streams fetch what came since they last sent. */
public record Dossiergewijzigd(UUID crisisdossierId, long volgnummer) {}
