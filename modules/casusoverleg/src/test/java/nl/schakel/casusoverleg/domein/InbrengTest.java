package nl.schakel.casusoverleg.domein;

import static nl.schakel.casusoverleg.domein.Voorbeelden.*;
import static nl.schakel.toegang.domein.Gegevenscategorie.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.toegang.domein.Categoriefilter;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Rol;
import org.junit.jupiter.api.Test;

class InbrengTest {

    private static final Instant NU = Instant.parse("2027-03-01T09:00:00Z");
    /** What the policy file gives these types in a casusoverleg (toegangsbeleid.json). */
    private static final Set<Gegevenscategorie> OM = Set.of(IDENTITEIT, VEILIGHEID, JUSTITIEEL);
    private static final Set<Gegevenscategorie> WIJKTEAM = Set.of(IDENTITEIT, CONTACT, VEILIGHEID, HULPVERLENING);

    private final Agendapunt punt = agendapunt();

    @Test
    void elkDeelHeeftEenBekendeCategorieEenGrondslagEnTekst() {
        Inbrenggegevens fout = new Inbrenggegevens(List.of(new Inbrenggegevens.Deel("STRAFBLAD", "", "Tekst"),
                new Inbrenggegevens.Deel("JUSTITIEEL", "Wpg art. 19", "x".repeat(4001))));

        assertThatThrownBy(() -> Inbreng.lever(punt, "POL-RR", fout, politie(), NU)).isInstanceOfSatisfying(ValidatieFout.class, f -> {
            assertThat(f.code()).isEqualTo("CSO-002");
            assertThat(f.ongeldigeParameters()).extracting(OngeldigeParameter::name)
                    .containsExactlyInAnyOrder("delen[0].categorie", "delen[0].grondslag", "delen[1].tekst");
        });
        assertThatThrownBy(() -> Inbreng.lever(punt, "POL-RR", new Inbrenggegevens(List.of()), politie(), NU))
                .isInstanceOfSatisfying(ValidatieFout.class, f -> assertThat(f.ongeldigeParameters())
                        .extracting(OngeldigeParameter::name).containsExactly("delen"));
    }

    @Test
    void eenConceptZietAlleenDeEigenOrganisatie() {
        Inbreng inbreng = Inbreng.lever(punt, "POL-RR", politiegegevens(), politie(), NU);

        assertThat(inbreng.status()).isEqualTo(InbrengStatus.CONCEPT);
        assertThat(inbreng.isZichtbaarVoor("POL-RR")).isTrue();
        assertThat(inbreng.isZichtbaarVoor("OM-RDAM")).isFalse();
        assertThat(inbreng.isZichtbaarVoor("ZVHRR")).as("ook de organisator niet").isFalse();

        inbreng.deel(punt, NU);
        assertThat(inbreng.isZichtbaarVoor("OM-RDAM")).isTrue();
        assertThat(inbreng.gedeeldOp()).contains(NU);
    }

    @Test
    void gedeeldZietElkeLezerDeDelenDieZijnCategorieenDekken() {
        Inbreng inbreng = Inbreng.lever(punt, "POL-RR", politiegegevens(), politie(), NU);
        inbreng.deel(punt, NU);

        Categoriefilter.Gefilterd<Inbreng.Deel> voorOm = Categoriefilter.voor(OM, Optional.of("OM-RDAM")).filter(inbreng.delen());
        assertThat(voorOm.zichtbaar()).extracting(Inbreng.Deel::categorie).containsExactly(JUSTITIEEL, VEILIGHEID);
        assertThat(voorOm.achtergehouden()).isEmpty();

        Categoriefilter.Gefilterd<Inbreng.Deel> voorWijkteam = Categoriefilter.voor(WIJKTEAM, Optional.of("WT-RDAM-FEIJ"))
                .filter(inbreng.delen());
        assertThat(voorWijkteam.zichtbaar()).extracting(Inbreng.Deel::categorie).containsExactly(VEILIGHEID);
        assertThat(voorWijkteam.achtergehouden()).containsExactly(JUSTITIEEL);
        assertThat(voorWijkteam.zichtbaar()).noneMatch(d -> d.tekst().contains("aangifte"));

        Categoriefilter.Gefilterd<Inbreng.Deel> voorZichzelf = Categoriefilter.voor(Set.of(), Optional.of("POL-RR")).filter(inbreng.delen());
        assertThat(voorZichzelf.zichtbaar()).as("de eigen inbreng, wat het beleid ook zegt").hasSize(2);
    }

    @Test
    void delenKanAlleenVanuitConceptIntrekkenEenKeerEnWijzigenMaaktHetWeerEenConcept() {
        Inbreng inbreng = Inbreng.lever(punt, "POL-RR", politiegegevens(), politie(), NU);
        inbreng.deel(punt, NU);
        assertThatThrownBy(() -> inbreng.deel(punt, NU)).isInstanceOfSatisfying(ConflictFout.class, f -> assertThat(f.code()).isEqualTo("CSO-013"));

        inbreng.trekIn(punt, NU.plusSeconds(60));
        assertThat(inbreng.status()).isEqualTo(InbrengStatus.INGETROKKEN);
        assertThat(inbreng.isZichtbaarVoor("OM-RDAM")).isFalse();
        assertThatThrownBy(() -> inbreng.trekIn(punt, NU)).isInstanceOf(ConflictFout.class);

        inbreng.wijzig(punt, politiegegevens(), NU.plusSeconds(120));
        assertThat(inbreng.status()).isEqualTo(InbrengStatus.CONCEPT);
        assertThat(inbreng.ingetrokkenOp()).isEmpty();
    }

    @Test
    void opEenAfgeschaaldAgendapuntVerandertDeInbrengNiet() {
        Inbreng inbreng = Inbreng.lever(punt, "POL-RR", politiegegevens(), politie(), NU);
        punt.schaalAf(NU);

        assertThatThrownBy(() -> inbreng.deel(punt, NU)).isInstanceOfSatisfying(ConflictFout.class, f -> assertThat(f.code()).isEqualTo("CSO-012"));
        assertThatThrownBy(() -> inbreng.wijzig(punt, politiegegevens(), NU)).isInstanceOf(ConflictFout.class);
        assertThatThrownBy(() -> Inbreng.lever(punt, "OM-RDAM", politiegegevens(), politie(), NU)).isInstanceOf(ConflictFout.class);
        assertThat(inbreng.isZichtbaarVoor("POL-RR")).as("de eigen inbreng blijft").isTrue();
    }

    static Inbrenggegevens politiegegevens() {
        return new Inbrenggegevens(List.of(
                new Inbrenggegevens.Deel("JUSTITIEEL", "Wet politiegegevens, art. 19", "Twee aangiftes van mishandeling (2026)."),
                new Inbrenggegevens.Deel("VEILIGHEID", "Wet politiegegevens, art. 19", "Wapenbezit niet bekend.")));
    }

    private static nl.schakel.toegang.domein.Medewerker politie() {
        return medewerker("POL-RR", Rol.POLITIEMEDEWERKER);
    }

    private static Agendapunt agendapunt() {
        Overlegtafel tafel = tafel();
        Overleg overleg = Overleg.plan(tafel, new Overlegplanning(TAFEL, LocalDate.of(2027, 3, 10), LocalTime.of(13, 30), null,
                null, "https://vergaderen.example/zvh", "A. Voorzitter", "B. Notulist"), zvh(), NU);
        Aanmelding aanmelding = Aanmelding.meldAan(tafel, "WT-RDAM-FEIJ", aanmelding(), wijkteam(), NU);
        aanmelding.accepteer(zvh(), NU);
        return new Agenda(overleg, List.of()).zetOp(aanmelding, zvh(), NU);
    }
}
