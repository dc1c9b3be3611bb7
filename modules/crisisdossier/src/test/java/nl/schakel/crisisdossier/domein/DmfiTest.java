package nl.schakel.crisisdossier.domein;

import static nl.schakel.crisisdossier.domein.CrisisdossierTest.NU;
import static nl.schakel.crisisdossier.domein.CrisisdossierTest.VT;
import static nl.schakel.crisisdossier.domein.CrisisdossierTest.dossier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import org.junit.jupiter.api.Test;

/** DMFI: the casusregisseur from a co-owner, and the review moments with their clock. */
class DmfiTest {

    static final Dmfiregie.Casusregisseur REGISSEUR = new Dmfiregie.Casusregisseur("CIT-JBRR", "  R. de Regisseur (fictief) ", "010-1234567");

    @Test
    void deCasusregisseurWerktBijEenPartnerEnElkeGebrokenRegelWordtGenoemd() {
        Crisisdossier dossier = dossier();
        Dmfiregie regie = Dmfiregie.start(dossier, REGISSEUR, "VTRR", NU);
        assertThat(regie.casusregisseur()).isEqualTo(new Dmfiregie.Casusregisseur("CIT-JBRR", "R. de Regisseur (fictief)", "010-1234567"));
        assertThat(regie.gestartDoor()).isEqualTo("VTRR");
        assertThat(regie.gestartOp()).isEqualTo(NU);

        assertThatThrownBy(() -> Dmfiregie.start(dossier, new Dmfiregie.Casusregisseur("FIL", " ", "bel me"), "VTRR", NU))
                .isInstanceOfSatisfying(ValidatieFout.class, e -> {
                    assertThat(e.code()).isEqualTo(Foutcodes.ONGELDIGE_DMFI);
                    assertThat(e.ongeldigeParameters()).extracting(OngeldigeParameter::name)
                            .containsExactly("casusregisseur.organisatie", "casusregisseur.naam", "casusregisseur.telefoon");
                });
        assertThatThrownBy(() -> Dmfiregie.start(dossier, null, "VTRR", NU)).isInstanceOf(ValidatieFout.class);

        regie.wijzig(dossier, new Dmfiregie.Casusregisseur("VTRR", "Tweede regisseur", null), "CIT-JBRR", NU.plusSeconds(60));
        assertThat(regie.casusregisseur().telefoonnummer()).isEmpty();
        assertThat(regie.gewijzigdDoor()).isEqualTo("CIT-JBRR");
        assertThat(regie.gestartDoor()).as("wie startte blijft").isEqualTo("VTRR");
    }

    @Test
    void inEenGeslotenDossierBegintOfVerandertDeRegieNiet() {
        Crisisdossier dossier = dossier();
        Dmfiregie regie = Dmfiregie.start(dossier, REGISSEUR, "VTRR", NU);
        dossier.sluit("REGULIER", "Klaar.", VT, NU);
        assertThatThrownBy(() -> regie.wijzig(dossier, REGISSEUR, "VTRR", NU)).isInstanceOfSatisfying(ConflictFout.class,
                e -> assertThat(e.code()).isEqualTo(Foutcodes.DOSSIER_GESLOTEN));
        assertThatThrownBy(() -> Evaluatiemoment.plan(dossier, "2026-12-09T10:00:00+01:00", "Evaluatie", 0, "VTRR", NU))
                .isInstanceOfSatisfying(ConflictFout.class, e -> assertThat(e.code()).isEqualTo(Foutcodes.DOSSIER_GESLOTEN));
    }

    @Test
    void eenGeplandMomentDatVoorbijIsIsVerlopenTotIemandHetVastlegt() {
        Crisisdossier dossier = dossier();
        Evaluatiemoment moment = Evaluatiemoment.plan(dossier, "2026-12-09T10:00:00+01:00", " Eerste evaluatie ", 0, "FIL", NU);
        assertThat(moment.geplandOp()).isEqualTo(Instant.parse("2026-12-09T09:00:00Z"));
        assertThat(moment.onderwerp()).isEqualTo("Eerste evaluatie");
        assertThat(moment.status()).isEqualTo(Evaluatiemomentstatus.GEPLAND);
        Instant erna = moment.geplandOp().plusSeconds(1);
        assertThat(moment.isVerlopen(dossier, moment.geplandOp())).as("op het moment zelf nog niet").isFalse();
        assertThat(moment.isVerlopen(dossier, erna)).isTrue();

        moment.legVast(dossier, "GEHOUDEN", null, "CIT-JBRR", erna);
        assertThat(moment.isVerlopen(dossier, erna.plus(Duration.ofDays(3)))).isFalse();
        assertThat(moment.vastgelegdDoor()).contains("CIT-JBRR");
        assertThat(moment.vastgelegdOp()).contains(erna);
        assertThatThrownBy(() -> moment.legVast(dossier, "VERVALLEN", "Toch niet.", "VTRR", erna))
                .isInstanceOfSatisfying(ConflictFout.class, e -> assertThat(e.code()).isEqualTo(Foutcodes.EVALUATIE_AL_VASTGELEGD));
        assertThat(moment.status()).isEqualTo(Evaluatiemomentstatus.GEHOUDEN);

        Evaluatiemoment open = Evaluatiemoment.plan(dossier, "2026-12-09T10:00:00+01:00", "Tweede", 1, "FIL", NU);
        dossier.sluit("REGULIER", "Klaar.", VT, NU);
        assertThat(open.isVerlopen(dossier, erna)).as("een gesloten dossier heeft geen klok meer").isFalse();
    }

    @Test
    void planningEnVastleggingNoemenElkeGebrokenRegel() {
        Crisisdossier dossier = dossier();
        assertThatThrownBy(() -> Evaluatiemoment.plan(dossier, "morgen", "", 0, "VTRR", NU)).isInstanceOfSatisfying(ValidatieFout.class, e -> {
            assertThat(e.code()).isEqualTo(Foutcodes.ONGELDIG_EVALUATIEMOMENT);
            assertThat(e.ongeldigeParameters()).extracting(OngeldigeParameter::name).containsExactly("geplandOp", "onderwerp");
        });
        String teVroeg = NU.minus(Duration.ofDays(2)).atOffset(ZoneOffset.UTC).toString();
        String teLaat = NU.plus(Duration.ofDays(400)).atOffset(ZoneOffset.UTC).toString();
        String zonderZone = "2026-12-09T10:00:00";
        for (String moment : new String[] {teVroeg, teLaat, zonderZone}) {
            assertThatThrownBy(() -> Evaluatiemoment.plan(dossier, moment, "Evaluatie", 0, "VTRR", NU)).as(moment)
                    .isInstanceOf(ValidatieFout.class);
        }
        assertThatThrownBy(() -> Evaluatiemoment.plan(dossier, "2026-12-09T10:00:00Z", "Evaluatie", Evaluatiemoment.MAXIMAAL_AANTAL,
                "VTRR", NU)).isInstanceOfSatisfying(ValidatieFout.class, e -> assertThat(e.ongeldigeParameters())
                        .extracting(OngeldigeParameter::name).containsExactly("evaluatiemomenten"));

        Evaluatiemoment moment = Evaluatiemoment.plan(dossier, "2026-12-09T10:00:00Z", "Evaluatie", 0, "VTRR", NU);
        assertThatThrownBy(() -> moment.legVast(dossier, "VERVALLEN", " ", "VTRR", NU)).isInstanceOfSatisfying(ValidatieFout.class,
                e -> assertThat(e.ongeldigeParameters()).extracting(OngeldigeParameter::name).containsExactly("toelichting"));
        assertThatThrownBy(() -> moment.legVast(dossier, "GEPLAND", null, "VTRR", NU)).isInstanceOfSatisfying(ValidatieFout.class,
                e -> assertThat(e.ongeldigeParameters()).extracting(OngeldigeParameter::name).containsExactly("uitkomst"));
        assertThatThrownBy(() -> moment.legVast(dossier, "GEHOUDEN", "x".repeat(501), "VTRR", NU)).isInstanceOf(ValidatieFout.class);
        assertThat(moment.status()).as("een geweigerde vastlegging laat niets achter").isEqualTo(Evaluatiemomentstatus.GEPLAND);
        moment.legVast(dossier, "VERVALLEN", "Gezin verhuisd naar een andere regio (fictief).", "VTRR", NU);
        assertThat(moment.toelichting()).contains("Gezin verhuisd naar een andere regio (fictief).");
    }
}
