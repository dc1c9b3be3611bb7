package nl.schakel.gedeeld.proef;

import nl.schakel.crisisdossier.domein.ProefCrisisdossier;

/** Fixture of ArchitectuurregelsKunnenFalenTest: the shared kernel naming a flow (rule 3b) and using one (rule 3a). */
public class CasusoverlegHulp {
    ProefCrisisdossier dossier;
}
