package nl.schakel.crisisdossier.domein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Rol;
import org.junit.jupiter.api.Test;

/** The rules of the crisis file, its entries and its tasks, without a database. */
class CrisisdossierTest {

    static final Instant NU = Instant.parse("2026-12-02T02:10:00Z");
    static final Medewerker VT = new Medewerker("vt-1", "Crisismedewerker VT", "vt.crisis", Optional.of("VTRR"), Optional.empty(),
            Set.of(Rol.CRISISMEDEWERKER), "schakel-web");

    static Crisismeldinggegevens melding() {
        return new Crisismeldinggegevens("Ernstig geweld tussen ouders (fictief).", "Vader aangehouden (fictief).",
                List.of(new Crisismeldinggegevens.Betrokkenegegevens("KIND", "Noor", "Fictief", "2019-06-01", null)),
                List.of("CIT-JBRR"), true);
    }

    static Crisisdossier dossier() {
        return Crisisdossier.start(melding(), "VTRR", Set.of("CIT-JBRR"), List.of(UUID.randomUUID()), VT, NU);
    }

    @Test
    void eenMeldingMetFoutenNoemtElkVeldTegelijk() {
        Crisismeldinggegevens fout = new Crisismeldinggegevens(" ", null, List.of(new Crisismeldinggegevens.Betrokkenegegevens(
                "BUURMAN", "", "B", "morgen", "123456789")), List.of(), false);
        assertThatThrownBy(() -> Crisisdossier.valideer(fout)).isInstanceOfSatisfying(ValidatieFout.class, e -> {
            assertThat(e.code()).isEqualTo(Foutcodes.ONGELDIGE_MELDING);
            assertThat(e.ongeldigeParameters()).extracting(OngeldigeParameter::name).containsExactly("watIsErGebeurd",
                    "directeVeiligheid", "betrokkenen[0].rol", "betrokkenen[0].voornaam", "betrokkenen[0].geboortedatum",
                    "betrokkenen[0].bsn");
        });
        assertThatThrownBy(() -> Crisisdossier.valideer(null)).isInstanceOf(ValidatieFout.class);
    }

    @Test
    void deInitiatiefnemerIsPartnerEnDeSof7KlokLooptZevenDagen() {
        Crisisdossier dossier = dossier();
        assertThat(dossier.partners()).containsExactly("CIT-JBRR", "VTRR");
        assertThat(dossier.sof7Uiterlijk()).contains(NU.plus(Duration.ofDays(7)));
        assertThat(dossier.isSof7Verlopen(NU.plus(Duration.ofDays(7)))).isFalse();
        assertThat(dossier.isSof7Verlopen(NU.plus(Duration.ofDays(7)).plusSeconds(1))).isTrue();
        Crisisdossier zonder = Crisisdossier.start(new Crisismeldinggegevens("a", "b", melding().betrokkenen(), List.of(), false),
                "VTRR", Set.of(), List.of(UUID.randomUUID()), VT, NU);
        assertThat(zonder.sof7Uiterlijk()).isEmpty();
        assertThat(zonder.isSof7Verlopen(NU.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void eenGeslotenDossierVerandertNietMeerEnDeKlokStopt() {
        Crisisdossier dossier = dossier();
        assertThatThrownBy(() -> dossier.sluit("WEG", " ", VT, NU)).isInstanceOfSatisfying(ValidatieFout.class,
                e -> assertThat(e.ongeldigeParameters()).extracting(OngeldigeParameter::name).containsExactly("uitkomst", "reden"));
        dossier.sluit("REGULIER", "Veilig.", VT, NU);
        assertThat(dossier.status()).isEqualTo(Dossierstatus.GESLOTEN);
        assertThat(dossier.isSof7Verlopen(NU.plus(Duration.ofDays(30)))).isFalse();
        assertThatThrownBy(() -> dossier.sluit("REGULIER", "Nog eens.", VT, NU)).isInstanceOf(ConflictFout.class);
        assertThatThrownBy(() -> Aantekening.schrijf(dossier, new Aantekeninggegevens("NOTITIE", "VEILIGHEID", "x"), "VTRR", VT, NU))
                .isInstanceOfSatisfying(ConflictFout.class, e -> assertThat(e.code()).isEqualTo(Foutcodes.DOSSIER_GESLOTEN));
    }

    @Test
    void eenAantekeningWordtGecorrigeerdOfIngetrokkenNooitOverschreven() {
        Crisisdossier dossier = dossier();
        Aantekening aantekening = Aantekening.schrijf(dossier, new Aantekeninggegevens("OBSERVATIE", "GEZONDHEID", " Letsel. "), "FIL", VT, NU);
        assertThat(aantekening.tekst()).isEqualTo("Letsel.");
        assertThat(aantekening.categorie()).isEqualTo(Gegevenscategorie.GEZONDHEID);
        assertThat(aantekening.eigenaar()).isEqualTo("FIL");
        assertThatThrownBy(() -> Aantekening.schrijf(dossier, new Aantekeninggegevens("NOTITIE", "MELDER", "x"), "FIL", VT, NU))
                .isInstanceOfSatisfying(ValidatieFout.class, e -> assertThat(e.code()).isEqualTo(Foutcodes.ONGELDIGE_AANTEKENING));
        assertThatThrownBy(() -> aantekening.trekIn(dossier, null, VT, NU)).isInstanceOf(ValidatieFout.class);
        aantekening.trekIn(dossier, "Verkeerd gezin.", VT, NU);
        assertThat(aantekening.status()).isEqualTo(Aantekeningstatus.INGETROKKEN);
        assertThat(aantekening.tekst()).as("de tekst blijft voor de geschiedenis").isEqualTo("Letsel.");
        assertThatThrownBy(() -> aantekening.corrigeer(dossier, new Aantekeninggegevens("OBSERVATIE", "GEZONDHEID", "y"), VT, NU))
                .isInstanceOfSatisfying(ConflictFout.class, e -> assertThat(e.code()).isEqualTo(Foutcodes.AANTEKENING_INGETROKKEN));
    }

    @Test
    void eenTaakIsVoorEenPartnerVanHetDossier() {
        Crisisdossier dossier = dossier();
        Taak taak = Taak.voegToe(dossier, new Taakgegevens("Huisbezoek", "Crisisinterventie", "CIT-JBRR", null, true, NU, null), "VTRR", NU);
        assertThat(taak.status()).isEqualTo(Taakstatus.OPEN);
        assertThat(taak.gaatErheen()).isTrue();
        assertThatThrownBy(() -> taak.wijzig(dossier, new Taakgegevens("Huisbezoek", null, "FIL", null, true, NU, "OPEN"), "VTRR", NU))
                .isInstanceOfSatisfying(ValidatieFout.class, e -> assertThat(e.ongeldigeParameters())
                        .extracting(OngeldigeParameter::name).containsExactly("organisatieCode"));
        assertThatThrownBy(() -> taak.wijzig(dossier, new Taakgegevens("Huisbezoek", null, "VTRR", null, true, NU, "KLAAR"), "VTRR", NU))
                .isInstanceOf(ValidatieFout.class);
        taak.wijzig(dossier, new Taakgegevens("Huisbezoek", null, "VTRR", null, false, null, "GEDAAN"), "CIT-JBRR", NU);
        assertThat(taak.isOpen()).isFalse();
        assertThat(taak.gewijzigdDoor()).isEqualTo("CIT-JBRR");
    }
}
