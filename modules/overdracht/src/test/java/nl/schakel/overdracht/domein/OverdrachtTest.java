package nl.schakel.overdracht.domein;

import static nl.schakel.overdracht.domein.OverdrachtStatus.*;
import static nl.schakel.overdracht.domein.Voorbeelden.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.SchakelFout;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.gedeeld.fout.VerbodenFout;
import nl.schakel.overdracht.domein.inhoud.Betrokkene;
import nl.schakel.overdracht.domein.inhoud.BetrokkeneRol;
import nl.schakel.overdracht.domein.inhoud.Betrokkenenherkenning;
import nl.schakel.overdracht.domein.inhoud.OverdrachtInhoud;
import nl.schakel.toegang.domein.Gegevenscategorie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OverdrachtTest {

    /** Each step, by the party that may take it. */
    enum Stap {
        VERZEND(VERZONDEN) {
            void zet(Overdracht o) {
                o.verzend(WIJKTEAM, WIJKTEAMCATEGORIEEN, CONTACT, PROCESREGISSEUR, NU.plusSeconds(99));
            }
        },
        BEVESTIG_ONTVANGST(ONTVANGEN) {
            void zet(Overdracht o) {
                o.bevestigOntvangst(WIJKTEAMMEDEWERKER, NU.plusSeconds(99));
            }
        },
        ACCEPTEER(GEACCEPTEERD) {
            void zet(Overdracht o) {
                o.accepteer(WIJKTEAMMEDEWERKER, NU.plusSeconds(99));
            }
        },
        LEG_TERUG(TERUGGELEGD) {
            void zet(Overdracht o) {
                o.legTerug("Past niet bij ons aanbod.", WIJKTEAMMEDEWERKER, NU.plusSeconds(99));
            }
        },
        TREK_IN(INGETROKKEN) {
            void zet(Overdracht o) {
                o.trekIn("Situatie veranderd.", PROCESREGISSEUR, NU.plusSeconds(99));
            }
        };

        final OverdrachtStatus naar;

        Stap(OverdrachtStatus naar) {
            this.naar = naar;
        }

        abstract void zet(Overdracht o);
    }

    static final Set<List<Object>> TOEGESTAAN = Set.of(
            List.of(CONCEPT, Stap.VERZEND), List.of(CONCEPT, Stap.TREK_IN),
            List.of(VERZONDEN, Stap.BEVESTIG_ONTVANGST), List.of(VERZONDEN, Stap.TREK_IN),
            List.of(ONTVANGEN, Stap.ACCEPTEER), List.of(ONTVANGEN, Stap.LEG_TERUG), List.of(ONTVANGEN, Stap.TREK_IN),
            List.of(TERUGGELEGD, Stap.VERZEND), List.of(TERUGGELEGD, Stap.TREK_IN));

    static Stream<Arguments> toegestaan() {
        return alle().filter(a -> TOEGESTAAN.contains(List.of(a.get()[0], a.get()[1])));
    }

    static Stream<Arguments> verboden() {
        return alle().filter(a -> !TOEGESTAAN.contains(List.of(a.get()[0], a.get()[1])));
    }

    private static Stream<Arguments> alle() {
        List<Arguments> alle = new ArrayList<>();
        for (OverdrachtStatus status : OverdrachtStatus.values()) {
            for (Stap stap : Stap.values()) {
                alle.add(Arguments.of(status, stap));
            }
        }
        return alle.stream();
    }

    @Test
    void deTabelVanDeTestIsDeTabelVanHetDomein() {
        for (OverdrachtStatus status : OverdrachtStatus.values()) {
            for (Stap stap : Stap.values()) {
                assertThat(status.kanNaar(stap.naar)).as(status + " → " + stap)
                        .isEqualTo(TOEGESTAAN.contains(List.of(status, stap)));
            }
        }
        assertThat(EnumSet.allOf(OverdrachtStatus.class)).filteredOn(OverdrachtStatus::isAfgesloten)
                .containsExactlyInAnyOrder(GEACCEPTEERD, INGETROKKEN);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("toegestaan")
    void toegestaneOvergangZetDeStatusEnLegtHemVast(OverdrachtStatus van, Stap stap) {
        Overdracht overdracht = in(van);
        int stappen = overdracht.overgangen().size();

        stap.zet(overdracht);

        assertThat(overdracht.status()).isEqualTo(stap.naar);
        assertThat(overdracht.laatstGewijzigd()).isEqualTo(NU.plusSeconds(99));
        assertThat(overdracht.overgangen()).hasSize(stappen + 1);
        Overgang laatste = overdracht.overgangen().get(stappen);
        assertThat(laatste.volgnummer()).isEqualTo(stappen + 1);
        assertThat(laatste.van()).contains(van);
        assertThat(laatste.naar()).isEqualTo(stap.naar);
        assertThat(laatste.op()).isEqualTo(NU.plusSeconds(99));
    }

    @ParameterizedTest(name = "{0} ↛ {1}")
    @MethodSource("verboden")
    void verbodenOvergangIsEenConflictDatDeHuidigeStatusNoemt(OverdrachtStatus van, Stap stap) {
        Overdracht overdracht = in(van);
        int stappen = overdracht.overgangen().size();

        assertThatThrownBy(() -> stap.zet(overdracht)).isInstanceOfSatisfying(ConflictFout.class, fout -> {
            assertThat(fout.code()).isEqualTo("OVD-010");
            assertThat(fout.status()).isEqualTo(409);
            assertThat(fout.detail()).contains(van.name());
        });
        assertThat(overdracht.status()).isEqualTo(van);
        assertThat(overdracht.overgangen()).hasSize(stappen);
    }

    @Test
    void opstellenMaaktEenConceptMetEenEersteOvergangZonderVan() {
        Overdracht overdracht = concept();

        assertThat(overdracht.id()).isNotNull();
        assertThat(overdracht.status()).isEqualTo(CONCEPT);
        assertThat(overdracht.eigenaarOrganisatie()).isEqualTo(VT);
        assertThat(overdracht.ontvangendeOrganisatie()).isEmpty();
        assertThat(overdracht.gedeeldeCategorieen()).isEmpty();
        assertThat(overdracht.aangemaaktDoor()).isEqualTo(PROCESREGISSEUR.medewerkerId());
        assertThat(overdracht.aangemaaktOp()).isEqualTo(NU);
        assertThat(overdracht.overgangen()).singleElement().satisfies(eerste -> {
            assertThat(eerste.van()).isEmpty();
            assertThat(eerste.naar()).isEqualTo(CONCEPT);
            assertThat(eerste.door()).isEqualTo(PROCESREGISSEUR);
            assertThat(eerste.reden()).isEmpty();
        });
    }

    @Test
    void opstellenKanAlleenVoorDeEigenOrganisatie() {
        assertThatThrownBy(() -> Overdracht.stelOp(VT, volledigeInhoud(), IDS_ZOALS_GEGEVEN, WIJKTEAMMEDEWERKER, NU))
                .isInstanceOfSatisfying(VerbodenFout.class, fout -> assertThat(fout.code()).isEqualTo("OVD-015"));
    }

    @Test
    void eenLeegConceptMag() {
        Overdracht overdracht = Overdracht.stelOp(VT, null, IDS_ZOALS_GEGEVEN, PROCESREGISSEUR, NU);

        assertThat(overdracht.inhoud()).isEqualTo(OverdrachtInhoud.leeg());
    }

    @Test
    void deBetrokkenenKrijgenHunIdsVanDeHerkenning() {
        UUID platformId = UUID.fromString("00000000-0000-4000-8000-0000000000aa");
        List<Set<UUID>> gehouden = new ArrayList<>();
        Betrokkenenherkenning herkenning = (betrokkenen, ids) -> {
            gehouden.add(ids);
            return betrokkenen.stream().map(b -> platformId).toList();
        };
        OverdrachtInhoud eenKind = new OverdrachtInhoud(null, null, null,
                List.of(new Betrokkene(MOEDER, BetrokkeneRol.KIND, null, null, null, null)),
                null, null, null, null, null, null, null, null, null, null);

        Overdracht overdracht = Overdracht.stelOp(VT, eenKind, herkenning, PROCESREGISSEUR, NU);
        overdracht.wijzig(eenKind, herkenning, PROCESREGISSEUR, NU.plusSeconds(1));

        // whatever id the client sent (MOEDER), the stored one is the registry's
        assertThat(overdracht.inhoud().betrokkenen()).extracting(Betrokkene::id).containsExactly(platformId);
        // a new overdracht holds no ids yet; an edit holds those of the content it replaces
        assertThat(gehouden).containsExactly(Set.of(), Set.of(platformId));
    }

    @Test
    void ongeldigeInhoudBereiktDeHerkenningNiet() {
        Betrokkenenherkenning magNietWorden = (betrokkenen, ids) -> {
            throw new AssertionError("herkenning van ongeldige inhoud");
        };
        OverdrachtInhoud fouteBsn = new OverdrachtInhoud(null, null, null,
                List.of(new Betrokkene(null, BetrokkeneRol.KIND, null, "123456789", null, null)),
                null, null, null, null, null, null, null, null, null, null);

        assertThatThrownBy(() -> Overdracht.stelOp(VT, fouteBsn, magNietWorden, PROCESREGISSEUR, NU))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> assertThat(fout.ongeldigeParameters())
                        .extracting(OngeldigeParameter::name).containsExactly("betrokkenen[0].bsn"));
        assertThatThrownBy(() -> in(VERZONDEN).wijzig(volledigeInhoud(), magNietWorden, PROCESREGISSEUR, NU))
                .isInstanceOfSatisfying(ConflictFout.class, fout -> assertThat(fout.code()).isEqualTo("OVD-012"));
    }

    @Test
    void verzendenZetOntvangerCategorieenEnMoment() {
        Overdracht overdracht = in(VERZONDEN);

        assertThat(overdracht.ontvangendeOrganisatie()).contains(WIJKTEAM);
        assertThat(overdracht.gedeeldeCategorieen()).isEqualTo(WIJKTEAMCATEGORIEEN);
        assertThat(overdracht.verzondenOp()).contains(NU.plusSeconds(10));
    }

    @Test
    void verzendenVereistCategorieenEnEenAndereOntvanger() {
        Overdracht overdracht = concept();

        assertThatThrownBy(() -> overdracht.verzend(VT, Set.of(), CONTACT, PROCESREGISSEUR, NU))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> {
                    assertThat(fout.code()).isEqualTo("OVD-013");
                    assertThat(fout.ongeldigeParameters()).extracting(OngeldigeParameter::name)
                            .containsExactly("ontvangendeOrganisatie", "categorieen");
                });
        assertThatThrownBy(() -> overdracht.verzend("wijkteam feijenoord", WIJKTEAMCATEGORIEEN, CONTACT, PROCESREGISSEUR, NU))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> assertThat(fout.ongeldigeParameters())
                        .extracting(OngeldigeParameter::name).containsExactly("ontvangendeOrganisatie"));
        assertThatThrownBy(() -> overdracht.verzend(WIJKTEAM, null, CONTACT, PROCESREGISSEUR, NU))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> assertThat(fout.code()).isEqualTo("OVD-013"));
        assertThat(overdracht.status()).isEqualTo(CONCEPT);
    }

    @Test
    void verzendenVereistEenVolledigGenoegConcept() {
        Overdracht overdracht = Overdracht.stelOp(VT, OverdrachtInhoud.leeg(), IDS_ZOALS_GEGEVEN, PROCESREGISSEUR, NU);

        assertThatThrownBy(() -> overdracht.verzend(WIJKTEAM, WIJKTEAMCATEGORIEEN, CONTACT, PROCESREGISSEUR, NU))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> {
                    assertThat(fout.code()).isEqualTo("OVD-014");
                    assertThat(fout.ongeldigeParameters()).extracting(OngeldigeParameter::name).containsExactly(
                            "aanleiding.meldingSamenvatting", "veiligheidsbeoordeling.uitkomst", "betrokkenen");
                });
    }

    @Test
    void terugleggenVereistEenReden() {
        for (String reden : new String[] {null, "", "   "}) {
            Overdracht overdracht = in(ONTVANGEN);
            assertThatThrownBy(() -> overdracht.legTerug(reden, WIJKTEAMMEDEWERKER, NU))
                    .isInstanceOfSatisfying(ValidatieFout.class, fout -> {
                        assertThat(fout.code()).isEqualTo("OVD-011");
                        assertThat(fout.ongeldigeParameters()).extracting(OngeldigeParameter::name)
                                .containsExactly("reden");
                    });
            assertThat(overdracht.status()).isEqualTo(ONTVANGEN);
        }
    }

    @Test
    void intrekkenVereistEenReden() {
        Overdracht overdracht = in(VERZONDEN);

        assertThatThrownBy(() -> overdracht.trekIn(" ", PROCESREGISSEUR, NU))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> assertThat(fout.code()).isEqualTo("OVD-011"));
    }

    @Test
    void deRedenWordtBijDeOvergangBewaard() {
        Overdracht overdracht = in(ONTVANGEN);

        overdracht.legTerug("  Gezin woont buiten ons gebied. ", WIJKTEAMMEDEWERKER, NU.plusSeconds(60));

        Overgang teruglegging = overdracht.overgangen().get(overdracht.overgangen().size() - 1);
        assertThat(teruglegging.reden()).contains("Gezin woont buiten ons gebied.");
        assertThat(teruglegging.door()).isEqualTo(WIJKTEAMMEDEWERKER);
    }

    @Test
    void elkeOvergangLegtDeBetrokkenenVastZonderNamen() {
        Overdracht overdracht = in(GEACCEPTEERD);

        assertThat(overdracht.overgangen()).extracting(Overgang::naar)
                .containsExactly(CONCEPT, VERZONDEN, ONTVANGEN, GEACCEPTEERD);
        assertThat(overdracht.overgangen()).allSatisfy(overgang -> assertThat(overgang.betrokkenen().betrokkenen())
                .containsExactly(new Betrokkenheid(MOEDER, BetrokkeneRol.SLACHTOFFER),
                        new Betrokkenheid(VADER, BetrokkeneRol.VERMOEDELIJKE_PLEGER),
                        new Betrokkenheid(KIND, BetrokkeneRol.KIND)));
    }

    @Test
    void deMomentopnameIsVanHetMomentZelf() {
        Overdracht overdracht = Overdracht.stelOp(VT, OverdrachtInhoud.leeg(), IDS_ZOALS_GEGEVEN, PROCESREGISSEUR, NU);
        overdracht.wijzig(volledigeInhoud(), IDS_ZOALS_GEGEVEN, PROCESREGISSEUR, NU.plusSeconds(5));
        overdracht.verzend(WIJKTEAM, WIJKTEAMCATEGORIEEN, CONTACT, PROCESREGISSEUR, NU.plusSeconds(10));

        assertThat(overdracht.overgangen().get(0).betrokkenen().betrokkenen()).isEmpty();
        assertThat(overdracht.overgangen().get(1).betrokkenen().betrokkenen()).hasSize(3);
    }

    @Test
    void alleenDeEigenaarVerzendtEnTrektIn() {
        assertThatThrownBy(() -> concept().verzend(WIJKTEAM, WIJKTEAMCATEGORIEEN, CONTACT, WIJKTEAMMEDEWERKER, NU))
                .isInstanceOfSatisfying(VerbodenFout.class, fout -> assertThat(fout.code()).isEqualTo("OVD-015"));
        assertThatThrownBy(() -> in(VERZONDEN).trekIn("x", WIJKTEAMMEDEWERKER, NU))
                .isInstanceOf(VerbodenFout.class);
    }

    @Test
    void alleenDeOntvangerBevestigtAccepteertEnLegtTerug() {
        assertThatThrownBy(() -> in(VERZONDEN).bevestigOntvangst(ANDER_WIJKTEAM, NU))
                .isInstanceOfSatisfying(VerbodenFout.class, fout -> assertThat(fout.code()).isEqualTo("OVD-015"));
        assertThatThrownBy(() -> in(ONTVANGEN).accepteer(PROCESREGISSEUR, NU)).isInstanceOf(VerbodenFout.class);
        assertThatThrownBy(() -> in(ONTVANGEN).legTerug("x", ANDER_WIJKTEAM, NU)).isInstanceOf(VerbodenFout.class);
    }

    @Test
    void wijzigenVervangtDeInhoudVanEenConcept() {
        Overdracht overdracht = Overdracht.stelOp(VT, OverdrachtInhoud.leeg(), IDS_ZOALS_GEGEVEN, PROCESREGISSEUR, NU);

        overdracht.wijzig(volledigeInhoud(), IDS_ZOALS_GEGEVEN, PROCESREGISSEUR, NU.plusSeconds(60));

        assertThat(overdracht.inhoud()).isEqualTo(volledigeInhoud());
        assertThat(overdracht.laatstGewijzigd()).isEqualTo(NU.plusSeconds(60));
        assertThat(overdracht.overgangen()).hasSize(1); // an edit is a version, not a transition
    }

    @Test
    void deRedenOmHetAfgeschermdeAdresTeDelenLigtVastBijDeVerzending() {
        Overdracht metAdres = in(CONCEPT);
        metAdres.verzend(WIJKTEAM, Set.of(Gegevenscategorie.IDENTITEIT, Gegevenscategorie.ADRES_AFGESCHERMD),
                " Huisbezoek op de opvanglocatie. ", CONTACT, PROCESREGISSEUR, NU.plusSeconds(5));
        assertThat(metAdres.overgangen().get(metAdres.overgangen().size() - 1).reden())
                .contains("Afgeschermd adres gedeeld: Huisbezoek op de opvanglocatie.");

        Overdracht zonderAdres = in(CONCEPT);
        zonderAdres.verzend(WIJKTEAM, Set.of(Gegevenscategorie.IDENTITEIT), "Niet van toepassing.", CONTACT, PROCESREGISSEUR, NU);
        assertThat(zonderAdres.overgangen().get(zonderAdres.overgangen().size() - 1).reden()).as("geen adres, geen reden").isEmpty();

        assertThatThrownBy(() -> in(CONCEPT).verzend(WIJKTEAM, Set.of(Gegevenscategorie.ADRES_AFGESCHERMD), "x".repeat(501),
                CONTACT, PROCESREGISSEUR, NU)).isInstanceOfSatisfying(ValidatieFout.class, fout -> assertThat(fout.code()).isEqualTo("OVD-013"));
    }

    @Test
    void hetAfgeschermdeAdresGaatNietZonderReden() {
        for (String geenReden : new String[] {null, "", "   "}) {
            Overdracht overdracht = in(CONCEPT);
            assertThatThrownBy(() -> overdracht.verzend(WIJKTEAM,
                    Set.of(Gegevenscategorie.IDENTITEIT, Gegevenscategorie.ADRES_AFGESCHERMD), geenReden, CONTACT, PROCESREGISSEUR, NU))
                    .as("reden %s", geenReden)
                    .isInstanceOfSatisfying(ValidatieFout.class, fout -> {
                        assertThat(fout.code()).isEqualTo("OVD-013");
                        assertThat(fout.ongeldigeParameters()).extracting(OngeldigeParameter::name).containsExactly("redenAfgeschermdAdres");
                    });
            assertThat(overdracht.status()).as("niets verzonden").isEqualTo(CONCEPT);
        }
        // without the shelter address no reason is asked
        Overdracht zonder = in(CONCEPT);
        zonder.verzend(WIJKTEAM, Set.of(Gegevenscategorie.IDENTITEIT), null, CONTACT, PROCESREGISSEUR, NU);
        assertThat(zonder.status()).isEqualTo(VERZONDEN);
    }

    @Test
    void eenTeruggelegdeOverdrachtWordtVerbeterdEnOpnieuwVerzondenMetEenNieuweTermijn() {
        Overdracht overdracht = in(TERUGGELEGD);
        overdracht.wijzig(volledigeInhoud(), IDS_ZOALS_GEGEVEN, PROCESREGISSEUR, NU.plusSeconds(100));

        overdracht.verzend("WT-RDAM-CHAR", WIJKTEAMCATEGORIEEN, CONTACT, PROCESREGISSEUR, NU.plusSeconds(200));

        assertThat(overdracht.status()).isEqualTo(VERZONDEN);
        assertThat(overdracht.ontvangendeOrganisatie()).contains("WT-RDAM-CHAR");
        assertThat(overdracht.verzondenOp()).contains(NU.plusSeconds(200));
        assertThat(overdracht.opgeschaaldOp()).isEmpty();
        assertThat(overdracht.warmeOverdracht()).isEmpty();
        assertThat(overdracht.overgangen()).extracting(Overgang::naar).endsWith(TERUGGELEGD, VERZONDEN);
        assertThat(overdracht.overgangen()).filteredOn(o -> o.naar() == TERUGGELEGD).singleElement()
                .satisfies(o -> assertThat(o.reden()).isPresent());
        // only the sender sends it again
        Overdracht nogEen = in(TERUGGELEGD);
        assertThatThrownBy(() -> nogEen.verzend("WT-RDAM-CHAR", WIJKTEAMCATEGORIEEN, CONTACT, WIJKTEAMMEDEWERKER, NU))
                .isInstanceOf(VerbodenFout.class);
    }

    @Test
    void wijzigenKanAlleenInConceptOfNaTerugleggen() {
        for (OverdrachtStatus status : EnumSet.complementOf(EnumSet.of(CONCEPT, TERUGGELEGD))) {
            Overdracht overdracht = in(status);
            assertThatThrownBy(() -> overdracht.wijzig(OverdrachtInhoud.leeg(), IDS_ZOALS_GEGEVEN, PROCESREGISSEUR, NU))
                    .as(status.name())
                    .isInstanceOfSatisfying(ConflictFout.class, fout -> {
                        assertThat(fout.code()).isEqualTo("OVD-012");
                        assertThat(fout.detail()).contains(status.name());
                    });
        }
    }

    @Test
    void wijzigenDoorEenAnderIsVerboden() {
        assertThatThrownBy(() -> concept().wijzig(OverdrachtInhoud.leeg(), IDS_ZOALS_GEGEVEN, WIJKTEAMMEDEWERKER, NU))
                .isInstanceOfSatisfying(SchakelFout.class, fout -> assertThat(fout.status()).isEqualTo(403));
    }

    @Test
    void tijdenWordenOpMicrosecondenAfgerond() {
        Overdracht overdracht = Overdracht.stelOp(VT, null, IDS_ZOALS_GEGEVEN, PROCESREGISSEUR, NU.plusNanos(1_234_567));

        assertThat(overdracht.laatstGewijzigd()).isEqualTo(NU.plusNanos(1_234_000));
    }

    @Test
    void gedeeldeCategorieenZijnAlleenLeesbaar() {
        Set<Gegevenscategorie> categorieen = in(VERZONDEN).gedeeldeCategorieen();

        assertThatThrownBy(() -> categorieen.add(Gegevenscategorie.MELDER)).isInstanceOf(UnsupportedOperationException.class);
    }
}
