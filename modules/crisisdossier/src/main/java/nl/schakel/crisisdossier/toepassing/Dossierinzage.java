package nl.schakel.crisisdossier.toepassing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.schakel.crisisdossier.domein.Crisisdossier;
import nl.schakel.crisisdossier.domein.Dmfioverzicht;
import nl.schakel.crisisdossier.domein.Taakoverzicht;
import nl.schakel.partners.domein.Organisatie;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.ToegangReden;

/**
 * A file as the caller may see it: the file, its partners as the register names them, whether the SOF7 clock has run
 * out at this moment, the grant the caller reads it through ("Waarom zie ik dit?"), its tasks and its DMFI track at a glance.
 */
public record Dossierinzage(Crisisdossier dossier, List<Organisatie> partners, boolean sof7Verlopen, ToegangReden reden,
        Set<Gegevenscategorie> categorieen, Optional<Instant> toegangTot, Taakoverzicht taken, Dmfioverzicht dmfi) {}
