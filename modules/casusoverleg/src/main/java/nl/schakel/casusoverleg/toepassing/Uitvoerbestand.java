package nl.schakel.casusoverleg.toepassing;

/** A file made for the caller (agenda PDF, calendar invitation) and the name it is offered under: ids only. */
public record Uitvoerbestand(String bestandsnaam, String mediatype, byte[] inhoud) {}
