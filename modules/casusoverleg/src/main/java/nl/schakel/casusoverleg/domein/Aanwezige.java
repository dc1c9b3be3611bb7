package nl.schakel.casusoverleg.domein;

/** One line of the attendance as the organiser or chair gives it: an organisation at the item, there or not. */
public record Aanwezige(String organisatieCode, Boolean aanwezig) {}
