package nl.schakel.web.proef;

import java.sql.Connection;
import nl.schakel.proefa.domein.ProefaZaak;
import nl.schakel.proefa.infrastructuur.ProefaOpslagRepository;

/** Fixture of ArchitectuurregelsKunnenFalenTest: a resource that reaches past the application service (rule 2). */
public class ProefResource {
    ProefaZaak zaak;
    ProefaOpslagRepository opslag;
    Connection verbinding;
}
