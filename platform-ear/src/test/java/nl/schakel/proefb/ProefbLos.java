package nl.schakel.proefb;

/** Fixture of ArchitectuurregelsKunnenFalenTest: a context class outside domein, toepassing and infrastructuur (rule 4). */
public class ProefbLos {}
