package nl.schakel.toegang.domein.verzoek;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.domein.beleid.Regel;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import org.junit.jupiter.api.Test;

/**
 * The policy's cells for the actions on requests of data subjects: every role against every action (14 × 9 = 126), so a
 * role added to or dropped from a rule fails here. These actions need no grant (a request is no flow's resource), so they
 * are not in the flows' access matrix; the organisation check after the gate is proven by VerzoekenIT.
 */
class VerzoekbeleidTest {

    /** Only the privacy officer oversees every contact point's clocks (verzoek.overzien). */
    private static final Set<Rol> FG = EnumSet.of(Rol.FUNCTIONARIS_GEGEVENSBESCHERMING);
    private static final Set<Rol> CONTACTPUNT = EnumSet.of(Rol.PROCESREGISSEUR, Rol.ZVH_PROCESREGISSEUR);
    private static final Set<Rol> PARTNERS = EnumSet.of(Rol.PROCESREGISSEUR, Rol.TEAMLEIDER, Rol.WIJKTEAMMEDEWERKER, Rol.POLITIEMEDEWERKER,
            Rol.OFFICIER_VAN_JUSTITIE, Rol.RECLASSERINGSWERKER, Rol.RAADSONDERZOEKER, Rol.CIT_MEDEWERKER, Rol.FILOMENA_MEDEWERKER,
            Rol.ZVH_PROCESREGISSEUR);

    private final Toegangsbeleid beleid = new Toegangsbeleid();

    @Test
    void elkeRolTegenElkeHandelingOpVerzoeken() {
        int cellen = 0;
        for (VerzoekHandeling handeling : VerzoekHandeling.values()) {
            Regel regel = beleid.regel(handeling.naam()).orElseThrow(() -> new AssertionError(handeling.naam() + " ontbreekt"));
            Set<Rol> verwacht = handeling == VerzoekHandeling.OVERZIEN ? FG
                    : handeling.naam().startsWith("deelverzoek.") ? PARTNERS : CONTACTPUNT;
            for (Rol rol : Rol.values()) {
                assertThat(regel.staatToe(Set.of(rol))).as(handeling.naam() + " voor " + rol.claim()).isEqualTo(verwacht.contains(rol));
                cellen++;
            }
        }
        assertThat(cellen).isEqualTo(Rol.values().length * 9).isEqualTo(126);
    }

    @Test
    void deFunctionarisEnBeheerEnKoppelingenBeantwoordenNiets() {
        for (Rol rol : EnumSet.of(Rol.FUNCTIONARIS_GEGEVENSBESCHERMING, Rol.FUNCTIONEEL_BEHEERDER, Rol.INTEGRATIE, Rol.CRISISMEDEWERKER)) {
            assertThat(beleid.regel("deelverzoek.beantwoorden").orElseThrow().staatToe(Set.of(rol))).as(rol.claim()).isFalse();
            assertThat(beleid.regel("verzoek.registreren").orElseThrow().staatToe(Set.of(rol))).as(rol.claim()).isFalse();
        }
    }
}
