package nl.schakel.web.monitoring;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.schakel.overdracht.domein.monitoring.Scoretelling;

/**
 * The KPI "veiligheidsscore 6 of hoger" (norm 65 %) over the caller's recorded moments: per moment (3 and 12
 * months) and in total, for the directbetrokkene, the professional and both together. Counts and shares only.
 */
@JsonbPropertyOrder({"normProcent", "vanaf", "tot", "perMoment", "totaal"})
public record KengetallenJson(int normProcent, LocalDate vanaf, LocalDate tot, List<Telling> perMoment, Telling totaal) {

    static KengetallenJson van(List<Scoretelling> tellingen, LocalDate vanaf, LocalDate tot) {
        List<Telling> perMoment = tellingen.stream().filter(t -> t.maanden().isPresent()).map(Telling::van).toList();
        Telling totaal = tellingen.stream().filter(t -> t.maanden().isEmpty()).map(Telling::van).findFirst().orElseThrow();
        return new KengetallenJson(Scoretelling.NORM_PROCENT, vanaf, tot, perMoment, totaal);
    }

    /** @param maandenNaAcceptatie 3 or 12; null in the total */
    @JsonbPropertyOrder({"maandenNaAcceptatie", "momenten", "directbetrokkene", "professional", "samen"})
    public record Telling(Integer maandenNaAcceptatie, int momenten, Aandeel directbetrokkene, Aandeel professional,
            Aandeel samen) {

        static Telling van(Scoretelling telling) {
            return new Telling(telling.maanden().orElse(null), telling.momenten(),
                    Aandeel.van(telling.directbetrokkeneVoldoende(), telling.momenten()),
                    Aandeel.van(telling.professionalVoldoende(), telling.momenten()),
                    Aandeel.van(telling.voldoende(), telling.scores()));
        }
    }

    /** @param aandeelProcent and {@code normGehaald} are absent when there are no scores */
    @JsonbPropertyOrder({"scores", "voldoende", "aandeelProcent", "normGehaald"})
    public record Aandeel(int scores, int voldoende, BigDecimal aandeelProcent, Boolean normGehaald) {

        static Aandeel van(int voldoende, int scores) {
            return new Aandeel(scores, voldoende, Scoretelling.aandeel(voldoende, scores).orElse(null),
                    Scoretelling.haaltNorm(voldoende, scores).orElse(null));
        }
    }
}
