package nl.schakel.crisisdossier.domein;

import static nl.schakel.crisisdossier.domein.CrisisdossierTest.NU;
import static nl.schakel.crisisdossier.domein.CrisisdossierTest.VT;
import static nl.schakel.crisisdossier.domein.CrisisdossierTest.dossier;
import static nl.schakel.crisisdossier.domein.CrisisdossierTest.melding;
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
import nl.schakel.toegang.domein.Categoriefilter;
import nl.schakel.toegang.domein.Gegevenscategorie;
import org.junit.jupiter.api.Test;

/** The tracks with clocks: the SOF7 investigation recorded as done, and the screening request to Filomena. */
class SporenTest {

    static final Instant LATER = NU.plus(Duration.ofDays(8));

    @Test
    void eenAfgerondeSof7IsNietMeerVerlopenEnZegtWieHaarAfrondde() {
        Crisisdossier dossier = dossier();
        assertThat(dossier.isSof7Verlopen(LATER)).isTrue();
        dossier.rondSof7Af("  Geen aanwijzingen voor voortgezet geweld; gezin in vrijwillig kader (fictief). ", "CIT-JBRR", LATER);
        assertThat(dossier.isSof7Verlopen(LATER)).isFalse();
        assertThat(dossier.isSof7Verlopen(LATER.plus(Duration.ofDays(30)))).isFalse();
        assertThat(dossier.sof7AfgerondOp()).contains(LATER);
        assertThat(dossier.sof7Conclusie()).contains("Geen aanwijzingen voor voortgezet geweld; gezin in vrijwillig kader (fictief).");
        assertThat(dossier.sof7AfgerondDoor()).contains("CIT-JBRR");
        assertThat(dossier.laatstGewijzigd()).isEqualTo(LATER);
    }

    @Test
    void sof7AfrondenWeigertNietGestartAlAfgerondGeslotenEnEenLegeOfTeLangeConclusie() {
        Crisisdossier zonder = Crisisdossier.start(new Crisismeldinggegevens("a", "b", melding().betrokkenen(), List.of(), false),
                "VTRR", Set.of(), List.of(UUID.randomUUID()), VT, NU);
        assertThatThrownBy(() -> zonder.rondSof7Af("Klaar.", "VTRR", NU)).isInstanceOfSatisfying(ConflictFout.class,
                e -> assertThat(e.code()).isEqualTo(Foutcodes.SOF7_NIET_GESTART));

        Crisisdossier dossier = dossier();
        assertThatThrownBy(() -> dossier.rondSof7Af("  ", "VTRR", NU)).isInstanceOfSatisfying(ValidatieFout.class, e -> {
            assertThat(e.code()).isEqualTo(Foutcodes.ONGELDIGE_SOF7_AFRONDING);
            assertThat(e.ongeldigeParameters()).extracting(OngeldigeParameter::name).containsExactly("conclusie");
        });
        assertThatThrownBy(() -> dossier.rondSof7Af("x".repeat(2001), "VTRR", NU)).isInstanceOf(ValidatieFout.class);
        assertThat(dossier.sof7AfgerondOp()).as("een geweigerde afronding laat niets achter").isEmpty();
        dossier.rondSof7Af("x".repeat(2000), "VTRR", NU);
        assertThatThrownBy(() -> dossier.rondSof7Af("Nog eens.", "CIT-JBRR", NU)).isInstanceOfSatisfying(ConflictFout.class,
                e -> assertThat(e.code()).isEqualTo(Foutcodes.SOF7_AL_AFGEROND));
        assertThat(dossier.sof7AfgerondDoor()).contains("VTRR");

        Crisisdossier gesloten = dossier();
        gesloten.sluit("REGULIER", "Veilig.", VT, NU);
        assertThatThrownBy(() -> gesloten.rondSof7Af("Klaar.", "VTRR", NU)).isInstanceOfSatisfying(ConflictFout.class,
                e -> assertThat(e.code()).isEqualTo(Foutcodes.DOSSIER_GESLOTEN));
    }

    static Screeningsverzoek verzoek(Crisisdossier dossier) {
        return Screeningsverzoek.vraagAan(dossier, new Screeningsgegevens.Aanvraag("FORENSISCH_MEDISCH",
                " Blauwe plekken op de bovenarm van Noor (fictief): passend bij vastpakken? ", true), "FIL", "VTRR", NU);
    }

    @Test
    void eenScreeningsverzoekNoemtElkeFoutTegelijk() {
        assertThatThrownBy(() -> Screeningsverzoek.valideer(new Screeningsgegevens.Aanvraag("RONTGEN", " ", null)))
                .isInstanceOfSatisfying(ValidatieFout.class, e -> {
                    assertThat(e.code()).isEqualTo(Foutcodes.ONGELDIG_SCREENINGSVERZOEK);
                    assertThat(e.ongeldigeParameters()).extracting(OngeldigeParameter::name).containsExactly("soort", "vraag", "spoed");
                });
        assertThatThrownBy(() -> Screeningsverzoek.valideer(null)).isInstanceOf(ValidatieFout.class);
        assertThatThrownBy(() -> Screeningsverzoek.valideer(new Screeningsgegevens.Aanvraag("MEDISCH", "x".repeat(2001), false)))
                .isInstanceOfSatisfying(ValidatieFout.class, e -> assertThat(e.ongeldigeParameters())
                        .extracting(OngeldigeParameter::name).containsExactly("vraag"));
        Crisisdossier gesloten = dossier();
        gesloten.sluit("REGULIER", "Veilig.", VT, NU);
        assertThatThrownBy(() -> verzoek(gesloten)).isInstanceOfSatisfying(ConflictFout.class,
                e -> assertThat(e.code()).isEqualTo(Foutcodes.DOSSIER_GESLOTEN));
    }

    @Test
    void deStatusGaatVanAangevraagdViaIngeplandNaarUitgevoerdEnNietTerug() {
        Crisisdossier dossier = dossier();
        Screeningsverzoek verzoek = verzoek(dossier);
        assertThat(verzoek.status()).isEqualTo(Screeningsstatus.AANGEVRAAGD);
        assertThat(verzoek.vraag()).isEqualTo("Blauwe plekken op de bovenarm van Noor (fictief): passend bij vastpakken?");
        assertThat(verzoek.isVoor("FIL")).isTrue();
        assertThat(verzoek.isVoor("VTRR")).isFalse();

        assertThatThrownBy(() -> verzoek.wijzigStatus(dossier, new Screeningsgegevens.Statuswijziging("UITGEVOERD", null, null), "FIL", NU))
                .as("eerst inplannen").isInstanceOfSatisfying(ConflictFout.class,
                        e -> assertThat(e.code()).isEqualTo(Foutcodes.SCREENINGSSTATUS_ONMOGELIJK));
        assertThatThrownBy(() -> verzoek.wijzigStatus(dossier, new Screeningsgegevens.Statuswijziging("INGEPLAND", null, null), "FIL", NU))
                .isInstanceOfSatisfying(ValidatieFout.class, e -> assertThat(e.ongeldigeParameters())
                        .extracting(OngeldigeParameter::name).containsExactly("gepland"));
        assertThatThrownBy(() -> verzoek.wijzigStatus(dossier, new Screeningsgegevens.Statuswijziging("AANGEVRAAGD", null, null), "FIL", NU))
                .isInstanceOfSatisfying(ValidatieFout.class, e -> assertThat(e.ongeldigeParameters())
                        .extracting(OngeldigeParameter::name).containsExactly("status"));

        Instant morgen = NU.plus(Duration.ofHours(9));
        verzoek.wijzigStatus(dossier, new Screeningsgegevens.Statuswijziging("INGEPLAND", morgen, null), "FIL", NU);
        assertThat(verzoek.status()).isEqualTo(Screeningsstatus.INGEPLAND);
        assertThat(verzoek.gepland()).contains(morgen);
        verzoek.wijzigStatus(dossier, new Screeningsgegevens.Statuswijziging("INGEPLAND", morgen.plusSeconds(3600), null), "FIL", NU);
        assertThat(verzoek.gepland()).as("verzet").contains(morgen.plusSeconds(3600));
        verzoek.wijzigStatus(dossier, new Screeningsgegevens.Statuswijziging("UITGEVOERD", null, null), "FIL", NU);
        assertThat(verzoek.status()).isEqualTo(Screeningsstatus.UITGEVOERD);
        assertThat(verzoek.gewijzigdDoor()).isEqualTo("FIL");
        assertThatThrownBy(() -> verzoek.wijzigStatus(dossier, new Screeningsgegevens.Statuswijziging("AFGEWEZEN", null, "Toch niet."),
                "FIL", NU)).isInstanceOfSatisfying(ConflictFout.class, e -> assertThat(e.code()).isEqualTo(Foutcodes.SCREENINGSSTATUS_ONMOGELIJK));
    }

    @Test
    void afwijzenVraagtEenRedenEnIsDefinitief() {
        Crisisdossier dossier = dossier();
        Screeningsverzoek verzoek = verzoek(dossier);
        assertThatThrownBy(() -> verzoek.wijzigStatus(dossier, new Screeningsgegevens.Statuswijziging("AFGEWEZEN", null, " "), "FIL", NU))
                .isInstanceOfSatisfying(ValidatieFout.class, e -> assertThat(e.ongeldigeParameters())
                        .extracting(OngeldigeParameter::name).containsExactly("reden"));
        verzoek.wijzigStatus(dossier, new Screeningsgegevens.Statuswijziging("AFGEWEZEN", null, "Al gezien door de huisarts (fictief)."),
                "FIL", NU);
        assertThat(verzoek.afwijzingsreden()).contains("Al gezien door de huisarts (fictief).");
        assertThat(Screeningsstatus.AFGEWEZEN.volgende()).isEmpty();
        dossier.sluit("REGULIER", "Veilig.", VT, NU);
        assertThatThrownBy(() -> verzoek.wijzigStatus(dossier, new Screeningsgegevens.Statuswijziging("INGEPLAND", NU, null), "FIL", NU))
                .isInstanceOfSatisfying(ConflictFout.class, e -> assertThat(e.code()).isEqualTo(Foutcodes.DOSSIER_GESLOTEN));
    }

    @Test
    void deVraagIsGezondheidDeRaadZietHaarNietDeVragerAltijd() {
        Screeningsverzoek verzoek = verzoek(dossier());
        assertThat(verzoek.categorie()).isEqualTo(Gegevenscategorie.GEZONDHEID);
        Set<Gegevenscategorie> raad = Set.of(Gegevenscategorie.IDENTITEIT, Gegevenscategorie.VEILIGHEID, Gegevenscategorie.JUSTITIEEL);
        assertThat(Categoriefilter.voor(raad, Optional.of("RVDK-RR")).toont(verzoek)).isFalse();
        assertThat(Categoriefilter.voor(raad, Optional.of("VTRR")).toont(verzoek)).as("de vrager ziet haar eigen vraag").isTrue();
        assertThat(Categoriefilter.voor(Set.of(Gegevenscategorie.GEZONDHEID), Optional.of("FIL")).toont(verzoek)).isTrue();
    }

    @Test
    void deLivesoortenNoemenHunOnderwerp() {
        assertThat(Livegebeurtenis.Soort.SOF7_AFGEROND.naam()).isEqualTo("sof7-afgerond");
        assertThat(Livegebeurtenis.Soort.SOF7_AFGEROND.onderwerpveld()).isEqualTo("crisisdossierId");
        assertThat(Livegebeurtenis.Soort.SCREENING_GEVRAAGD.naam()).isEqualTo("screening-gevraagd");
        assertThat(Livegebeurtenis.Soort.SCREENING_GEWIJZIGD.onderwerpveld()).isEqualTo("screeningsverzoekId");
        assertThat(Livegebeurtenis.Soort.TAAK_GEWIJZIGD.onderwerpveld()).isEqualTo("taakId");
    }
}
