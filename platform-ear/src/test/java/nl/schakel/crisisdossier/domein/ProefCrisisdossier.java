package nl.schakel.crisisdossier.domein;

/** Fixture of ArchitectuurregelsKunnenFalenTest: a flow that does not exist yet, covered by the rules all the same. */
public class ProefCrisisdossier {}
