package nl.schakel.routes.organisaties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Keuring van het partnerregister-bestand: regels en redenen, zonder Camel of netwerk. */
class OrganisatieBestandLezerTest {

    private static final String KOP = "code;naam;type;gemeenten;bovenliggendeOrganisatie\n";

    private final OrganisatieBestandLezer lezer = new OrganisatieBestandLezer();
    private final ImportVerslag verslag = new ImportVerslag();

    @Test
    void hetVoorbeeldbestandIsHelemaalGoed() throws IOException {
        byte[] inhoud;
        try (InputStream in = getClass().getResourceAsStream("/voorbeeld/organisaties.csv")) {
            inhoud = in.readAllBytes();
        }

        List<OrganisatieRegel> regels = lezer.lees(inhoud, verslag);

        assertThat(verslag.fouten()).isEmpty();
        assertThat(regels).extracting(r -> r.organisatie().code()).contains(
                "VTRR", "WT-RDAM-FEIJ", "WT-RDAM-CHAR", "LT-SCHIEDAM", "POL-RR", "OM-RDAM", "RN-RDAM", "RVDK-RR",
                "JBRR", "CIT-JBRR", "FIL", "ZVHRR", "SCHAKEL", "ARO", "FIER", "SHN-RR");
        assertThat(regels).extracting(r -> r.organisatie().type()).allMatch(OrganisatieType::bestaat);
    }

    @Test
    void regelnummersTellenDeKopregelEnLegeRegelsMee() {
        List<OrganisatieRegel> regels = lezer.lees(utf8(KOP + "\nFIL;Filomena;CENTRUM_HGKM;GM0599;\n\nx;;;;\n"), verslag);

        assertThat(regels).extracting(OrganisatieRegel::regel).containsExactly(3L);
        assertThat(verslag.fouten()).extracting(Importfout::regel, Importfout::code)
                .containsExactly(tuple(5L, "x"));
        assertThat(verslag.fouten().get(0).reden()).contains("code 'x' is ongeldig", "naam ontbreekt", "type ontbreekt");
    }

    @Test
    void deLaatsteKolomMagOntbrekenEnEenBomWordtGenegeerd() {
        List<OrganisatieRegel> regels = lezer.lees(
                utf8("\uFEFFcode;naam;type;gemeenten\nARO;Arosa;OPVANG;GM0599, GM0606 ,GM0599\n"), verslag);

        assertThat(verslag.fouten()).isEmpty();
        assertThat(regels).singleElement().extracting(OrganisatieRegel::organisatie)
                .isEqualTo(new Organisatie("ARO", "Arosa", "OPVANG", List.of("GM0599", "GM0606"), null));
    }

    @Test
    void eenVerkeerdeKopregelKeurtHetHeleBestandAf() {
        List<OrganisatieRegel> regels = lezer.lees(utf8("code,naam,type\nARO,Arosa,OPVANG\n"), verslag);

        assertThat(regels).isEmpty();
        assertThat(verslag.fouten()).singleElement().satisfies(f -> {
            assertThat(f.regel()).isEqualTo(1);
            assertThat(f.reden()).startsWith("kopregel klopt niet");
        });
    }

    @Test
    void naamLengteEigenOuderEnTeveelKolommenWordenAfgekeurd() {
        String lang = "x".repeat(201);
        lezer.lees(utf8(KOP
                + "LANG;" + lang + ";OPVANG;GM0599;\n"
                + "ZELF;Zelf;OPVANG;GM0599;ZELF\n"
                + "VEEL;Veel;OPVANG;GM0599;;extra\n"
                + "OUDER;Ouder;OPVANG;GM0599;kleine-letters\n"), verslag);

        assertThat(verslag.fouten()).extracting(Importfout::reden).containsExactly(
                "naam is langer dan 200 tekens (201)",
                "een organisatie kan niet haar eigen bovenliggende organisatie zijn",
                "regel heeft 6 kolom(men), verwacht 4 of 5",
                "bovenliggende organisatie 'kleine-letters' is geen geldige code");
    }

    @Test
    void eenLeegBestandGeeftEenFout() {
        assertThat(lezer.lees(new byte[0], verslag)).isEmpty();
        assertThat(verslag.fouten()).singleElement().extracting(Importfout::reden).asString().contains("leeg");
    }

    @Test
    void bovenliggendeOrganisatiesKomenVoorHunOnderdelen() {
        List<OrganisatieRegel> regels = lezer.lees(utf8(KOP
                + "KLEINKIND;Kleinkind;OVERIGE_PARTNER;GM0599;KIND\n"
                + "KIND;Kind;OVERIGE_PARTNER;GM0599;OUDER\n"
                + "LOS;Los;OVERIGE_PARTNER;GM0599;ELDERS\n"
                + "OUDER;Ouder;OVERIGE_PARTNER;GM0599;\n"), verslag);

        assertThat(regels).extracting(r -> r.organisatie().code()).containsExactly("LOS", "OUDER", "KIND", "KLEINKIND");
    }

    @Test
    void vergelijkenNegeertDeVolgordeVanGemeenten() {
        Organisatie a = new Organisatie("ARO", "Arosa", "OPVANG", List.of("GM0599", "GM0606"), "");
        Organisatie b = new Organisatie("ARO", "Arosa", "OPVANG", List.of("GM0606", "GM0599"), null);

        assertThat(a.komtOvereenMet(b)).isTrue();
        assertThat(a.komtOvereenMet(new Organisatie("ARO", "Arosa ", "OPVANG", List.of("GM0599", "GM0606"), null)))
                .isFalse();
    }

    private static byte[] utf8(String tekst) {
        return tekst.getBytes(StandardCharsets.UTF_8);
    }
}
