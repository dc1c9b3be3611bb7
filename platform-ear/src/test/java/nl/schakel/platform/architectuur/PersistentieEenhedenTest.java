package nl.schakel.platform.architectuur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The properties every persistence unit of the platform must carry, read from the {@code persistence.xml} of every
 * module as it ships (each module owns its unit, so each repeats them; a fifth unit must not forget one):
 * <ul>
 * <li>{@code eclipselink.transaction.join-existing}: in a transaction the reads use its connection, so the access
 *     decision, the read and the logboek row run in one transaction (docs/metingen.md, "the tenth day");</li>
 * <li>{@code eclipselink.session.customizer} = {@code EenVerbindingPerTransactie}: that connection is the one the
 *     repositories' plain JDBC uses too, so a request holds one pool connection, not two (docs/metingen.md, "the
 *     sixteenth day");</li>
 * <li>{@code eclipselink.logging.parameters=false}: no bound value, which may be personal data, in the server log;</li>
 * <li>{@code eclipselink.cache.shared.default=false}: more than one node may serve the API;</li>
 * <li>schema generation {@code none}: Flyway owns the schema.</li>
 * </ul>
 */
class PersistentieEenhedenTest {

    private static final Map<String, Map<String, String>> EENHEDEN = new LinkedHashMap<>();

    @BeforeAll
    static void leesAlleEenheden() throws Exception {
        DocumentBuilderFactory fabriek = DocumentBuilderFactory.newInstance();
        fabriek.setNamespaceAware(true);
        fabriek.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (URL bestand : Collections.list(PersistentieEenhedenTest.class.getClassLoader().getResources("META-INF/persistence.xml"))) {
            if (bestand.getPath().contains("/test-classes/")) {
                continue; // this module's own test units, not what ships
            }
            Document document;
            try (InputStream in = bestand.openStream()) {
                document = fabriek.newDocumentBuilder().parse(in);
            }
            NodeList eenheden = document.getElementsByTagNameNS("*", "persistence-unit");
            for (int i = 0; i < eenheden.getLength(); i++) {
                Element eenheid = (Element) eenheden.item(i);
                Map<String, String> eigenschappen = new LinkedHashMap<>();
                NodeList lijst = eenheid.getElementsByTagNameNS("*", "property");
                for (int j = 0; j < lijst.getLength(); j++) {
                    Element eigenschap = (Element) lijst.item(j);
                    eigenschappen.put(eigenschap.getAttribute("name"), eigenschap.getAttribute("value"));
                }
                EENHEDEN.put(eenheid.getAttribute("name") + " (" + bestand + ")", eigenschappen);
            }
        }
    }

    /** Without the modules' units every other test here would check nothing. */
    @Test
    void deEenhedenVanAlleStromenEnDePartnersZijnGevonden() {
        assertThat(EENHEDEN.keySet()).anySatisfy(e -> assertThat(e).startsWith("overdracht "))
                .anySatisfy(e -> assertThat(e).startsWith("casusoverleg "))
                .anySatisfy(e -> assertThat(e).startsWith("crisisdossier "))
                .anySatisfy(e -> assertThat(e).startsWith("partners "));
    }

    @Test
    void elkeEenheidLeestInDeTransactieOpHaarVerbinding() {
        heeftOveral("eclipselink.transaction.join-existing", "true");
    }

    @Test
    void elkeEenheidDeeltDeVerbindingVanDeTransactieMetDeRepositories() {
        heeftOveral("eclipselink.session.customizer", "nl.schakel.gedeeld.persistentie.EenVerbindingPerTransactie");
    }

    @Test
    void geenEenheidSchrijftGebondenWaardenInHetServerlog() {
        heeftOveral("eclipselink.logging.parameters", "false");
    }

    @Test
    void geenEenheidDeeltEenCacheTussenKnopen() {
        heeftOveral("eclipselink.cache.shared.default", "false");
    }

    @Test
    void geenEenheidMaaktOfWijzigtTabellen() {
        heeftOveral("jakarta.persistence.schema-generation.database.action", "none");
    }

    private static void heeftOveral(String naam, String waarde) {
        EENHEDEN.forEach((eenheid, eigenschappen) -> assertThat(eigenschappen.get(naam)).as(eenheid + ": " + naam).isEqualTo(waarde));
    }
}
