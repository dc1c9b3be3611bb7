package nl.schakel.proefa.domein;

import nl.schakel.proefa.infrastructuur.ProefaOpslagRepository;

/** Fixture of ArchitectuurregelsKunnenFalenTest: a domain type that leans on its own infrastructure (rule 5). */
public class ProefaZaak {
    ProefaOpslagRepository opslag;
}
