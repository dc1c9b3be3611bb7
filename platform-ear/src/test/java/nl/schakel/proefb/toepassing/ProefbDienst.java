package nl.schakel.proefb.toepassing;

import nl.schakel.proefa.domein.ProefaZaak;
import nl.schakel.proefa.infrastructuur.ProefaOpslagRepository;

/** Fixture of ArchitectuurregelsKunnenFalenTest: uses another context's domain (allowed) and its storage (rule 1). */
public class ProefbDienst {
    ProefaZaak zaak;
    ProefaOpslagRepository opslag;
}
