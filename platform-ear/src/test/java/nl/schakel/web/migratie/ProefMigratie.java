package nl.schakel.web.migratie;

import javax.sql.DataSource;

/** Fixture of ArchitectuurregelsKunnenFalenTest: the migration package may hold a DataSource (rule 2's exception). */
public class ProefMigratie {
    DataSource beheer;
}
