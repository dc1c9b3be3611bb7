package nl.schakel.overdracht.domein.inhoud;

import static nl.schakel.toegang.domein.Gegevenscategorie.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.schakel.overdracht.domein.Voorbeelden;
import nl.schakel.toegang.domein.Gegevenscategorie;
import org.junit.jupiter.api.Test;

class InhoudsfilterTest {

    private final OverdrachtInhoud inhoud = Voorbeelden.volledigeInhoud();

    @Test
    void alleCategorieenToegestaanLaatAllesZien() {
        GefilterdeInhoud gefilterd = Inhoudsfilter.filter(inhoud, EnumSet.allOf(Gegevenscategorie.class));

        assertThat(gefilterd.inhoud()).isEqualTo(inhoud);
        assertThat(gefilterd.achtergehouden()).isEmpty();
    }

    @Test
    void eenWijkteamZiertGeenBsnMelderJustitieOfGezondheid() {
        GefilterdeInhoud gefilterd = Inhoudsfilter.filter(inhoud, Voorbeelden.WIJKTEAMCATEGORIEEN);
        OverdrachtInhoud gezien = gefilterd.inhoud();

        assertThat(gezien.aanleiding()).isEqualTo(inhoud.aanleiding());
        assertThat(gezien.veiligheidsbeoordeling()).isEqualTo(inhoud.veiligheidsbeoordeling());
        assertThat(gezien.veiligheidsvoorwaarden()).isEqualTo(inhoud.veiligheidsvoorwaarden());
        assertThat(gezien.hulpvraag()).isEqualTo(inhoud.hulpvraag());
        assertThat(gezien.contactpersonen()).isEqualTo(inhoud.contactpersonen());
        assertThat(gezien.melder()).isNull();
        assertThat(gezien.justitieleInformatie()).isNull();
        assertThat(gezien.gezondheid()).isNull();
        assertThat(gezien.betrokkenen()).hasSize(3).allSatisfy(b -> {
            assertThat(b.id()).isNotNull();
            assertThat(b.rol()).isNotNull();
            assertThat(b.identiteit()).isNotNull();
            assertThat(b.bsn()).isNull();
            assertThat(b.afgeschermdAdres()).isNull();
        });
        assertThat(gezien.betrokkenen().get(0).contact()).isEqualTo(inhoud.betrokkenen().get(0).contact());
        assertThat(gefilterd.achtergehouden())
                .containsExactly(ADRES_AFGESCHERMD, BSN, GEZONDHEID, JUSTITIEEL, MELDER); // sorted by name
    }

    @Test
    void alleenCategorieenMetGegevensHetenAchtergehouden() {
        OverdrachtInhoud zonderGezondheid = new OverdrachtInhoud(inhoud.aanleiding(), null, null, null, null, null,
                null, null, null, null, List.of(), null, "  ", null);

        GefilterdeInhoud gefilterd = Inhoudsfilter.filter(zonderGezondheid, Set.of());

        // the empty list and the blank text hold no data; only the aanleiding (VEILIGHEID) was withheld
        assertThat(gefilterd.achtergehouden()).containsExactly(VEILIGHEID);
        assertThat(gefilterd.inhoud()).isEqualTo(OverdrachtInhoud.leeg());
    }

    @Test
    void zonderIdentiteitBlijvenIdEnRolOver() {
        GefilterdeInhoud gefilterd = Inhoudsfilter.filter(inhoud, EnumSet.of(VEILIGHEID));

        assertThat(gefilterd.inhoud().betrokkenen()).extracting(Betrokkene::id)
                .containsExactly(Voorbeelden.MOEDER, Voorbeelden.VADER, Voorbeelden.KIND);
        assertThat(gefilterd.inhoud().betrokkenen()).allSatisfy(b -> {
            assertThat(b.identiteit()).isNull();
            assertThat(b.contact()).isNull();
        });
        assertThat(gefilterd.achtergehouden()).containsExactly(ADRES_AFGESCHERMD, BSN, CONTACT, GEZONDHEID,
                HULPVERLENING, IDENTITEIT, JUSTITIEEL, MELDER);
    }

    @Test
    void elkeCategorieHoortBijTenMinsteEenVeldgroep() {
        Set<Gegevenscategorie> gebruikt = EnumSet.noneOf(Gegevenscategorie.class);
        for (Veldgroep groep : Veldgroep.values()) {
            gebruikt.add(groep.categorie());
        }
        assertThat(gebruikt).containsExactlyInAnyOrder(Gegevenscategorie.values());
    }

    @Test
    void hetOrigineelBlijftOngemoeid() {
        Inhoudsfilter.filter(inhoud, Set.of());

        assertThat(inhoud).isEqualTo(Voorbeelden.volledigeInhoud());
    }
}
