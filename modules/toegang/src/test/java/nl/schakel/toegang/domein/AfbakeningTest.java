package nl.schakel.toegang.domein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import org.junit.jupiter.api.Test;

/** The narrowing of a grant to a team or one person: what a client may ask for, and whom it covers. */
class AfbakeningTest {

    @Test
    void zonderTeamOfPersoonIsHetDeHeleOrganisatie() {
        Afbakening afbakening = Afbakening.uit("alleenVoor", null, "  ");
        assertThat(afbakening.isHeleOrganisatie()).isTrue();
        assertThat(afbakening.omvat(medewerker("iemand", Optional.empty()))).isTrue();
        assertThat(afbakening.omvat(medewerker("iemand", Optional.of("Tarwewijk")))).isTrue();
    }

    @Test
    void eenTeamOmvatAlleenWieDatTeamInZijnTokenHeeft() {
        Afbakening team = Afbakening.uit("alleenVoor", " Afrikaanderwijk ", null);
        assertThat(team.team()).contains("Afrikaanderwijk");
        assertThat(team.omvat(medewerker("a", Optional.of("Afrikaanderwijk")))).isTrue();
        assertThat(team.omvat(medewerker("b", Optional.of("Tarwewijk")))).as("een ander team").isFalse();
        assertThat(team.omvat(medewerker("c", Optional.empty()))).as("zonder team").isFalse();
        assertThat(team.omvat(medewerker("d", Optional.of("afrikaanderwijk")))).as("de teamnaam zoals de realm hem geeft").isFalse();
    }

    @Test
    void eenPersoonWordtBijGebruikersnaamGenoemdZonderOnderscheidInHoofdletters() {
        Afbakening persoon = Afbakening.uit("alleenVoor", null, "WT.Feijenoord");
        assertThat(persoon.gebruikersnaam()).contains("wt.feijenoord");
        assertThat(persoon.omvat(medewerker("wt.feijenoord", Optional.empty()))).isTrue();
        assertThat(persoon.omvat(medewerker("WT.FEIJENOORD", Optional.empty()))).isTrue();
        assertThat(persoon.omvat(medewerker("wt.charlois", Optional.of("Afrikaanderwijk")))).as("een collega").isFalse();
    }

    @Test
    void teamEnPersoonSamenOfEenMisvormdeNaamIsTgn008MetHetVeld() {
        assertThatThrownBy(() -> Afbakening.uit("alleenVoor", "Afrikaanderwijk", "wt.feijenoord"))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> {
                    assertThat(fout.code()).isEqualTo("TGN-008");
                    assertThat(fout.ongeldigeParameters()).extracting(OngeldigeParameter::name).containsExactly("alleenVoor");
                });
        assertThatThrownBy(() -> Afbakening.uit("alleenVoor", "x".repeat(65), "naam met spaties"))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> assertThat(fout.ongeldigeParameters())
                        .extracting(OngeldigeParameter::name)
                        .containsExactly("alleenVoor", "alleenVoor.team", "alleenVoor.gebruikersnaam"));
        assertThatThrownBy(() -> Afbakening.uit("alleenVoor", "<script>", null)).isInstanceOf(ValidatieFout.class);
        assertThatThrownBy(() -> new Afbakening(Optional.of("t"), Optional.of("p"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eenToegangKentZijnAfbakening() {
        Bron bron = new Bron(Brontype.van("PROEF"), java.util.UUID.randomUUID());
        Toegang toegang = Toegang.verleen(bron, "WT-RDAM-FEIJ", Afbakening.team("Afrikaanderwijk"), Doel.CASUSOVERLEG,
                Set.of(Gegevenscategorie.IDENTITEIT), ToegangReden.UITGENODIGD, Optional.empty(), "zvh-1", java.time.Instant.now());
        assertThat(toegang.afbakening()).isEqualTo(Afbakening.team("Afrikaanderwijk"));
        assertThat(toegang.medewerkerId()).isEmpty();
        assertThat(Toegang.verleen(bron, "POL-RR", Doel.CASUSOVERLEG, Set.of(), ToegangReden.UITGENODIGD, Optional.empty(), "zvh-1",
                java.time.Instant.now()).afbakening().isHeleOrganisatie()).isTrue();
    }

    private static Medewerker medewerker(String gebruikersnaam, Optional<String> team) {
        return new Medewerker("sub-" + gebruikersnaam, "Test", gebruikersnaam, Optional.of("WT-RDAM-FEIJ"), team,
                Set.of(Rol.WIJKTEAMMEDEWERKER), "schakel-web");
    }
}
