package nl.schakel.overdracht.toepassing;

/** A produced PDF and the file name it is offered under (no personal data in the name). */
public record PdfBestand(String bestandsnaam, byte[] inhoud) {}
