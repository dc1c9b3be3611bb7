package nl.schakel.proefa.infrastructuur;

/** Fixture of ArchitectuurregelsKunnenFalenTest: the storage of a made-up context. */
public class ProefaOpslagRepository {}
