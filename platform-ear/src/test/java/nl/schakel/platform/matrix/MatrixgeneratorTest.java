package nl.schakel.platform.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import org.junit.jupiter.api.Test;

/** The generator refuses a flow that forgets an action, flow 1 keeps the cells it always had, flow 2 derives its own. */
class MatrixgeneratorTest {

    private static final Toegangsbeleid BELEID = new Toegangsbeleid();
    private final Matrixgenerator generator = new Matrixgenerator(BELEID);
    private final OverdrachtMatrix overdracht = new OverdrachtMatrix();

    @Test
    void eenHandelingVanHetBeleidZonderVerzoekLaatDeMatrixFalen() {
        Set<String> metVerzoek = metVerzoek();
        metVerzoek.remove("overdracht.accepteren");

        assertThat(generator.verschillen("overdracht", overdracht.voorvoegsels(), metVerzoek.size(), metVerzoek,
                overdracht.zonderCel().keySet()))
                .singleElement().asString().contains("[overdracht.accepteren]", "geen verzoek");
    }

    @Test
    void eenHandelingDieHetBeleidNietKentLaatDeMatrixFalen() {
        Set<String> metVerzoek = metVerzoek();
        metVerzoek.add("overdracht.archiveren");
        metVerzoek.add("logboek.lezen");

        assertThat(generator.verschillen("overdracht", overdracht.voorvoegsels(), metVerzoek.size(), metVerzoek,
                overdracht.zonderCel().keySet()))
                .singleElement().asString().contains("[logboek.lezen, overdracht.archiveren]", "kent die niet");
    }

    @Test
    void eenNieuweStroomZonderVerzoekenNoemtAlleHandelingenVanZijnVoorvoegsel() {
        assertThat(generator.verschillen("monitoring", Set.of("monitoring."), 0, Set.of(), Set.of()))
                .singleElement().asString()
                .contains("[monitoring.kengetallen, monitoring.lezen, monitoring.vastleggen, monitoring.zoeken]");
    }

    @Test
    void deOverdrachtHoudtZijn2380CellenMetDezelfdeNamen() {
        List<Cel> cellen = generator.cellen(overdracht, overdracht.relaties(BELEID));

        assertThat(cellen).hasSize(Rol.values().length * 17 * 10).hasSize(2380);
        assertThat(cellen.stream().map(Cel::naam).collect(Collectors.toSet())).hasSize(2380);
        assertThat(cellen.get(0).naam()).isEqualTo("procesregisseur × overdracht.lezen × eigenaar");
        assertThat(cellen.get(15).naam()).isEqualTo("procesregisseur × overdracht.zoeken × eigenaar");
        assertThat(cellen.get(16).naam()).isEqualTo("procesregisseur × overdracht.terugleggingen-zoeken × eigenaar");
        assertThat(cellen.get(2379).naam()).isEqualTo("integratie × overdracht.terugleggingen-zoeken × noodtoegang");
        assertThat(Matrixgenerator.samenvatting(overdracht, overdracht.relaties(BELEID), cellen))
                .startsWith("Toegangsmatrix: 2380 cellen (14 rollen × 17 handelingen × 10 relaties); verwacht per status (zonder zoeken): {");
    }

    /**
     * "Door ons teruggelegd" holds what the organisation returned, not what its grants open: the wijkteam finds the
     * overdracht it returned (its grant ended), not the one it still holds; roles that return nothing get 403.
     */
    @Test
    void doorOnsTeruggelegdVolgtDeEigenTerugleggingNietDeToegang() {
        List<Cel> cellen = generator.cellen(overdracht, overdracht.relaties(BELEID));

        Verwachting teruggelegd = cel(cellen, "wijkteammedewerker × overdracht.terugleggingen-zoeken × na teruglegging").verwachting();
        assertThat(teruggelegd.status()).isEqualTo(200);
        assertThat(teruggelegd.zichtbaar()).isTrue();
        assertThat(cel(cellen, "wijkteammedewerker × overdracht.zoeken × na teruglegging").verwachting().zichtbaar())
                .as("de gewone lijst kent haar niet meer").isFalse();
        assertThat(cel(cellen, "wijkteammedewerker × overdracht.terugleggingen-zoeken × ontvanger").verwachting().zichtbaar())
                .as("nog in behandeling, niet teruggelegd").isFalse();
        assertThat(cel(cellen, "procesregisseur × overdracht.terugleggingen-zoeken × eigenaar").verwachting().zichtbaar()).isFalse();
        assertThat(cel(cellen, "crisismedewerker × overdracht.terugleggingen-zoeken × na teruglegging").verwachting().status())
                .isEqualTo(403);
        assertThat(cel(cellen, "politiemedewerker × overdracht.terugleggingen-zoeken × politie").verwachting().status())
                .isEqualTo(403);
    }

    /**
     * The casusoverleg's cells, derived, say what docs/toegangsbeleid.md reasons: an invitation opens one item, not its
     * neighbour nor the meeting; the contributor keeps its inbreng after afschaling; a break-glass grant opens nothing;
     * a meeting's owner passes the gate for another's inbreng but the flow refuses the change (CSO-015).
     */
    @Test
    void deCasusoverlegLeidtZijnCellenAfUitHetBeleid() {
        CasusoverlegMatrix casusoverleg = new CasusoverlegMatrix();
        generator.controleerVolledigheid(casusoverleg);
        List<Cel> cellen = generator.cellen(casusoverleg, casusoverleg.relaties(BELEID));

        assertThat(cellen).hasSize(Rol.values().length * 29 * 13).hasSize(5278);
        assertThat(cel(cellen, "zvh-procesregisseur × casusoverleg.verslag-vastleggen × organisator").verwachting().status())
                .as("de organisator komt door de poort; zonder If-Match 428").isEqualTo(428);
        assertThat(cel(cellen, "politiemedewerker × casusoverleg.verslag-vastleggen × uitgenodigd, inbrenger").verwachting().status())
                .as("een genodigde schrijft het verslag niet").isEqualTo(403);
        assertThat(cellen).filteredOn(c -> c.relatie().naam().equals("uitgenodigd voor een ander agendapunt") && !c.isZoeken())
                .isNotEmpty().allSatisfy(c -> assertThat(c.verwachting().status()).as(c.naam()).isEqualTo(404));
        assertThat(cellen).filteredOn(c -> c.relatie().naam().equals(CasusoverlegMatrix.ANDER_TEAM) && !c.isZoeken())
                .as("een collega buiten het uitgenodigde team: voor haar bestaat niets, ook niet het agendapunt")
                .isNotEmpty().allSatisfy(c -> assertThat(c.verwachting().status()).as(c.naam()).isEqualTo(404));
        assertThat(cel(cellen, "wijkteammedewerker × casusoverleg.agendapunt-lezen × " + CasusoverlegMatrix.ANDER_TEAM)
                .verwachting().uitkomst()).isEqualTo(Verwachting.Uitkomst.NIET_GEVONDEN);
        assertThat(cel(cellen, "zvh-procesregisseur × casusoverleg.overleg-verplaatsen × organisator").verwachting().status())
                .as("de organisator komt door de poort; zonder If-Match 428").isEqualTo(428);
        assertThat(cel(cellen, "procesregisseur × casusoverleg.overleg-verplaatsen × voorzitter").verwachting().status())
                .as("de voorzitter verplaatst het overleg niet").isEqualTo(403);
        assertThat(cel(cellen, "politiemedewerker × casusoverleg.agendapunt-lezen × na afschaling, actiehouder").verwachting().status()).isEqualTo(404);
        assertThat(cel(cellen, "politiemedewerker × casusoverleg.inbreng-lezen × na afschaling, actiehouder").verwachting().status())
                .isEqualTo(200);
        assertThat(cel(cellen, "politiemedewerker × casusoverleg.actie-lezen × na afschaling, actiehouder").verwachting().status())
                .isEqualTo(200);
        assertThat(cel(cellen, "wijkteammedewerker × casusoverleg.actie-lezen × na het venster, actiehouder").verwachting().status())
                .isEqualTo(200);
        assertThat(cel(cellen, "wijkteammedewerker × casusoverleg.agendapunt-lezen × na het venster, actiehouder").verwachting()
                .status()).as("de actie opent het agendapunt niet").isEqualTo(404);
        assertThat(cel(cellen, "raadsonderzoeker × casusoverleg.actie-lezen × uitgenodigd voor dit agendapunt").verwachting().status())
                .as("een genodigde leest de actie van een ander niet").isEqualTo(403);
        assertThat(cellen).filteredOn(c -> c.relatie().naam().equals("noodtoegang") && !c.isZoeken())
                .allSatisfy(c -> assertThat(c.verwachting().status()).as(c.naam())
                        .isEqualTo(c.bron().endsWith("/AGENDAPUNT") || c.bron().endsWith("/INBRENG") || c.bron().endsWith("/ACTIE") ? 403 : 404));
        Verwachting voorzitter = cel(cellen, "procesregisseur × casusoverleg.inbreng-wijzigen × voorzitter").verwachting();
        assertThat(voorzitter.uitkomst()).isEqualTo(Verwachting.Uitkomst.NA_DE_POORT_GEWEIGERD);
        assertThat(voorzitter.code()).contains("CSO-015");
        Verwachting onbevestigd = cel(cellen, "raadsonderzoeker × casusoverleg.agendapunt-lezen × geheimhouding niet bevestigd")
                .verwachting();
        assertThat(onbevestigd.status()).isEqualTo(403);
        assertThat(onbevestigd.code()).contains("CSO-020");
        assertThat(cel(cellen, "politiemedewerker × casusoverleg.verslag-exporteren × uitgenodigd, inbrenger").verwachting().status())
                .as("een genodigde neemt het verslag als PDF mee").isEqualTo(200);
        assertThat(cel(cellen, "raadsonderzoeker × casusoverleg.verslag-exporteren × geheimhouding niet bevestigd").verwachting().code())
                .as("niet voor de verklaring").contains("CSO-020");
        assertThat(cel(cellen, "wijkteammedewerker × casusoverleg.verslag-exporteren × na het venster, actiehouder").verwachting()
                .status()).as("de actie opent het verslag van het agendapunt niet").isEqualTo(404);
        assertThat(cel(cellen, "politiemedewerker × casusoverleg.verslag-exporteren × na afschaling, actiehouder").verwachting()
                .status()).isEqualTo(404);
        assertThat(cel(cellen, "raadsonderzoeker × casusoverleg.agendapunt-toegang-bekijken × geheimhouding niet bevestigd")
                .verwachting().status()).as("de toegang zien vraagt geen verklaring").isEqualTo(200);
        assertThat(cel(cellen, "raadsonderzoeker × casusoverleg.agendapunt-lezen × uitgenodigd voor dit agendapunt")
                .verwachting().categorieen()).contains(Gegevenscategorie.IDENTITEIT, Gegevenscategorie.VEILIGHEID)
                .doesNotContain(Gegevenscategorie.JUSTITIEEL);
    }

    /** The sample the platform runs of the casusoverleg holds every distinct answer of the full matrix, per relation and action. */
    @Test
    void deSteekproefVanDeCasusoverlegHoudtElkVerschillendAntwoord() {
        CasusoverlegMatrix casusoverleg = new CasusoverlegMatrix();
        List<Cel> cellen = generator.cellen(casusoverleg, casusoverleg.relaties(BELEID));
        List<Cel> steekproef = generator.steekproef(cellen);

        assertThat(steekproef).hasSize(13 * 29 * 2).hasSize(754).isSubsetOf(cellen);
        assertThat(steekproef.stream().map(MatrixgeneratorTest::antwoord).collect(Collectors.toSet()))
                .isEqualTo(cellen.stream().map(MatrixgeneratorTest::antwoord).collect(Collectors.toSet()));
        assertThat(generator.steekproef(cellen)).as("deterministisch").isEqualTo(steekproef);
    }

    /**
     * The crisisdossier's cells, derived, say what docs/toegangsbeleid.md reasons: the Raad passes the gate for the
     * timeline but not for Filomena's medical findings (404 after the gate, logged); only the author corrects (CRS-010,
     * and the author itself stops at its stale If-Match); break-glass only reads; after the closure the author keeps its
     * own entry and nothing else, the initiator nothing; a partner not chosen finds nothing.
     */
    @Test
    void hetCrisisdossierLeidtZijnCellenAfUitHetBeleid() {
        CrisisdossierMatrix crisis = new CrisisdossierMatrix();
        generator.controleerVolledigheid(crisis);
        List<Cel> cellen = generator.cellen(crisis, crisis.relaties(BELEID));

        assertThat(cellen).hasSize(Rol.values().length * 17 * 9);
        Verwachting raad = cel(cellen, "raadsonderzoeker × crisisdossier.aantekening-lezen × mede-eigenaar Raad").verwachting();
        assertThat(raad.uitkomst()).isEqualTo(Verwachting.Uitkomst.NA_DE_POORT_GEWEIGERD);
        assertThat(raad.status()).isEqualTo(404);
        assertThat(raad.code()).contains("CRS-404");
        Verwachting tijdlijn = cel(cellen, "raadsonderzoeker × crisisdossier.aantekeningen-lezen × mede-eigenaar Raad").verwachting();
        assertThat(tijdlijn.status()).isEqualTo(200);
        assertThat(tijdlijn.categorieen()).contains(Gegevenscategorie.VEILIGHEID).doesNotContain(Gegevenscategorie.GEZONDHEID);
        assertThat(cel(cellen, "cit-medewerker × crisisdossier.aantekening-lezen × mede-eigenaar CIT").verwachting().status())
                .isEqualTo(200);
        Verwachting initiatiefnemer = cel(cellen, "crisismedewerker × crisisdossier.aantekening-corrigeren × initiatiefnemer")
                .verwachting();
        assertThat(initiatiefnemer.status()).isEqualTo(403);
        assertThat(initiatiefnemer.code()).contains("CRS-010");
        assertThat(cel(cellen, "filomena-medewerker × crisisdossier.aantekening-intrekken × mede-eigenaar, auteur").verwachting()
                .status()).as("de auteur komt erdoor en stuit op haar verouderde If-Match").isEqualTo(412);
        assertThat(cel(cellen, "raadsonderzoeker × crisisdossier.sluiten × mede-eigenaar Raad").verwachting().status())
                .as("de Raad sluit niet").isEqualTo(403);
        assertThat(cel(cellen, "cit-medewerker × crisisdossier.sluiten × mede-eigenaar CIT").verwachting().status()).isEqualTo(428);
        assertThat(cel(cellen, "cit-medewerker × crisisdossier.veiligheid-bijdragen × mede-eigenaar CIT").verwachting().code())
                .as("het deel van Veilig Thuis schrijft het CIT niet").contains("CRS-022");
        assertThat(cel(cellen, "crisismedewerker × crisisdossier.veiligheid-bijdragen × initiatiefnemer").verwachting().status())
                .as("Veilig Thuis schrijft zijn eigen deel, leeg: 400").isEqualTo(400);
        assertThat(cel(cellen, "cit-medewerker × crisisdossier.afschalen × mede-eigenaar CIT").verwachting().status())
                .as("het CIT sluit wel, maar schaalt niet af naar een overdracht van Veilig Thuis").isEqualTo(403);
        assertThat(cel(cellen, "crisismedewerker × crisisdossier.afschalen × initiatiefnemer").verwachting().status())
                .as("Veilig Thuis komt erdoor en stuit op de ontbrekende If-Match").isEqualTo(428);
        assertThat(cel(cellen, "cit-medewerker × crisisdossier.sof7-afronden × mede-eigenaar CIT").verwachting().status())
                .as("het CIT rondt SOF7 af en stuit op de ontbrekende If-Match").isEqualTo(428);
        assertThat(cel(cellen, "raadsonderzoeker × crisisdossier.sof7-afronden × mede-eigenaar Raad").verwachting().status())
                .as("de Raad rondt het snelle onderzoek van de crisisteams niet af").isEqualTo(403);
        assertThat(cel(cellen, "raadsonderzoeker × crisisdossier.screening-aanvragen × mede-eigenaar Raad").verwachting().code())
                .as("de Raad vraagt een screening en stuit op het lege verzoek").contains("CRS-017");
        assertThat(cel(cellen, "filomena-medewerker × crisisdossier.screening-aanvragen × mede-eigenaar, auteur").verwachting()
                .status()).as("Filomena vraagt zichzelf niets").isEqualTo(403);
        assertThat(cel(cellen, "filomena-medewerker × crisisdossier.dmfi-regisseren × mede-eigenaar, auteur").verwachting().code())
                .as("Filomena geeft de intensieve regie en stuit op de lege casusregisseur").contains("CRS-023");
        assertThat(cel(cellen, "raadsonderzoeker × crisisdossier.dmfi-regisseren × mede-eigenaar Raad").verwachting().status())
                .as("de Raad leest de casusregie met het dossier, maar voert haar niet").isEqualTo(403);
        assertThat(cel(cellen, "crisismedewerker × crisisdossier.lezen × na afschaling, initiatiefnemer").verwachting().status())
                .as("Veilig Thuis heeft de concept-overdracht, niet meer het dossier").isEqualTo(404);
        assertThat(cel(cellen, "crisismedewerker × crisisdossier.aantekening-lezen × na afschaling, initiatiefnemer").verwachting()
                .status()).isEqualTo(404);
        assertThat(cel(cellen, "raadsonderzoeker × crisisdossier.screening-lezen × mede-eigenaar Raad").verwachting().status())
                .as("de Raad ziet dat er een verzoek is en waar het staat").isEqualTo(200);
        assertThat(cellen).filteredOn(c -> c.relatie().naam().equals("noodtoegang") && !c.isZoeken())
                .allSatisfy(c -> assertThat(c.verwachting().status()).as(c.naam()).isIn(200, 403));
        assertThat(cel(cellen, "filomena-medewerker × crisisdossier.aantekening-schrijven × noodtoegang").verwachting().status())
                .as("noodtoegang leest alleen").isEqualTo(403);
        assertThat(cel(cellen, "filomena-medewerker × crisisdossier.aantekening-lezen × noodtoegang").verwachting().status())
                .isEqualTo(200);
        assertThat(cellen).filteredOn(c -> c.relatie().naam().equals("niet gekozen") && !c.isZoeken())
                .isNotEmpty().allSatisfy(c -> assertThat(c.verwachting().status()).as(c.naam()).isEqualTo(404));
        assertThat(cellen).filteredOn(c -> c.relatie().naam().equals("na sluiting, initiatiefnemer") && !c.isZoeken())
                .isNotEmpty().allSatisfy(c -> assertThat(c.verwachting().status()).as(c.naam()).isEqualTo(404));
        assertThat(cel(cellen, "cit-medewerker × crisisdossier.aantekening-lezen × na sluiting, auteur").verwachting().status())
                .as("de auteur houdt haar eigen aantekening").isEqualTo(200);
        assertThat(cel(cellen, "cit-medewerker × crisisdossier.aantekening-corrigeren × na sluiting, auteur").verwachting().status())
                .as("maar wijzigt haar niet meer").isEqualTo(403);
        assertThat(cel(cellen, "cit-medewerker × crisisdossier.aantekeningen-lezen × na sluiting, auteur").verwachting().status())
                .as("en de rest van het dossier bestaat niet meer voor haar").isEqualTo(404);
        assertThat(cel(cellen, "filomena-medewerker × crisisdossier.live-volgen × noodtoegang").verwachting().status())
                .as("noodtoegang volgt het dossier live").isEqualTo(200);
        assertThat(cel(cellen, "cit-medewerker × crisisdossier.live-volgen × na sluiting, auteur").verwachting().status())
                .as("de eigen aantekening opent de stroom van het dossier niet").isEqualTo(404);
        assertThat(cel(cellen, "wijkteammedewerker × crisisdossier.lezen × initiatiefnemer").verwachting().status())
                .as("een rol zonder deel aan de crisis").isEqualTo(403);
    }

    private static String antwoord(Cel cel) {
        return cel.relatie().naam() + " × " + cel.handeling() + " → " + cel.verwachting();
    }

    private static Cel cel(List<Cel> cellen, String naam) {
        return cellen.stream().filter(c -> c.naam().equals(naam)).findFirst().orElseThrow(() -> new AssertionError(naam));
    }

    private Set<String> metVerzoek() {
        Set<String> namen = overdracht.verzoeken().stream().map(Matrixdeclaratie.Verzoek::handeling)
                .collect(Collectors.toCollection(HashSet::new));
        overdracht.zoekverzoeken().forEach(zoeken -> namen.add(zoeken.handeling()));
        return namen;
    }
}
