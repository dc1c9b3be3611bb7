package nl.schakel.crisisdossier.toepassing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Crisisdossier;
import nl.schakel.crisisdossier.domein.Crisismeldinggegevens;
import nl.schakel.crisisdossier.domein.Crisismeldinggegevens.Betrokkenegegevens;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.toepassing.Persoonsgegevensbron.Gegeven;
import nl.schakel.toegang.toepassing.Persoonsgegevensbron.Persoonsgegevens;
import org.junit.jupiter.api.Test;

class CrisisdossierpersoonsgegevensTest {

    private static final Instant NU = Instant.parse("2026-12-02T02:10:00Z");
    private static final Medewerker VT = new Medewerker("vt-1", "Crisismedewerker VT", "vt.crisis", Optional.of("VTRR"), Optional.empty(),
            Set.of(Rol.CRISISMEDEWERKER), "schakel-web");
    private static final UUID FATIMA = UUID.randomUUID();
    private static final UUID KEES = UUID.randomUUID();
    private static final UUID NOOR = UUID.randomUUID();

    private static Crisisdossier dossier() {
        return Crisisdossier.start(new Crisismeldinggegevens("Kees sloeg Fatima (fictief).", "Noor bij oma (fictief).",
                List.of(new Betrokkenegegevens("SLACHTOFFER", "Fatima", "Fictief", "1990-03-01", null),
                        new Betrokkenegegevens("PLEGER", "Kees", "Fictief", "1988-07-09", null),
                        new Betrokkenegegevens("KIND", "Noor", "Fictief", "2019-06-01", null)),
                List.of("POL-RR"), true), "VTRR", Set.of("POL-RR"), List.of(FATIMA, KEES, NOOR), VT, NU);
    }

    @Test
    void hetSlachtofferKrijgtHaarEigenRegelsEnDeDatumsNietHaarGezinDePartnersOfDeVrijeTekst() {
        Crisisdossier dossier = dossier();
        dossier.sluit("REGULIER", "Kees woont elders (fictief).", VT, NU.plusSeconds(86_400));

        Persoonsgegevens fatima = Crisisdossierpersoonsgegevens.over(dossier, Set.of(FATIMA)).orElseThrow();

        assertThat(fatima.betrokkenen()).containsExactly(FATIMA);
        assertThat(fatima.gegevens()).extracting(Gegeven::toString).containsExactly(
                "Naam: Fatima Fictief",
                "Geboortedatum: 1990-03-01",
                "Uw rol: slachtoffer",
                "Status: gesloten",
                "Gestart op: 2026-12-02",
                "Veiligheidsonderzoek (SOF7) gestart op: 2026-12-02",
                "Gesloten op: 2026-12-03",
                "Gesloten met: terug naar de gewone hulpverlening");
        assertThat(fatima.gegevens().toString()).doesNotContain("Kees").doesNotContain("Noor").doesNotContain("POL-RR")
                .doesNotContain("Politie").doesNotContain("sloeg").doesNotContain("oma").doesNotContain("elders");
    }

    @Test
    void dePlegerZietAlleenZichzelfEnEenOnbekendeNiets() {
        Persoonsgegevens kees = Crisisdossierpersoonsgegevens.over(dossier(), Set.of(KEES)).orElseThrow();

        assertThat(kees.gegevens()).extracting(Gegeven::toString).contains("Naam: Kees Fictief", "Uw rol: pleger", "Status: open")
                .noneMatch(r -> r.contains("Fatima") || r.contains("Noor") || r.startsWith("Gesloten"));
        assertThat(Crisisdossierpersoonsgegevens.over(dossier(), Set.of(UUID.randomUUID()))).isEmpty();
    }
}
