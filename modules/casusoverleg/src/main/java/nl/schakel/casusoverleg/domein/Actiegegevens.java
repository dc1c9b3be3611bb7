package nl.schakel.casusoverleg.domein;

import java.time.LocalDate;

/** A new action as the organiser or chair gives it at an item: who, what, by when. */
public record Actiegegevens(String eigenaarOrganisatieCode, String omschrijving, LocalDate uiterlijk) {}
