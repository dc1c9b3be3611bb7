package nl.schakel.overdracht.domein.inhoud;

import java.time.LocalDate;

/** Why Veilig Thuis got involved: the melding, summarised. */
public record Aanleiding(String meldingSamenvatting, LocalDate meldingDatum) {}
