package nl.schakel.overdracht.domein.inhoud;

import java.time.LocalDate;

/** Veilig Thuis's safety assessment of the melding (its 5-working-day deadline is tracked elsewhere). */
public record Veiligheidsbeoordeling(Beoordelingsuitkomst uitkomst, LocalDate datum) {}
