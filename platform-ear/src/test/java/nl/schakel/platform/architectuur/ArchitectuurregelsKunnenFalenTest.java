package nl.schakel.platform.architectuur;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import nl.schakel.crisisdossier.domein.ProefCrisisdossier;
import nl.schakel.gedeeld.proef.CasusoverlegHulp;
import nl.schakel.proefa.domein.ProefaZaak;
import nl.schakel.proefa.infrastructuur.ProefaJsonlezer;
import nl.schakel.proefa.infrastructuur.ProefaKolomlezer;
import nl.schakel.proefa.infrastructuur.ProefaOpslagRepository;
import nl.schakel.proefb.ProefbLos;
import nl.schakel.proefb.toepassing.ProefbDienst;
import nl.schakel.web.migratie.ProefMigratie;
import nl.schakel.web.proef.ProefResource;
import nl.schakel.web.proef.ProefVerzoekResource;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule catches what it is meant to, and only that, on made-up classes of made-up contexts
 * ({@code proefa}, {@code proefb}, and a {@code crisisdossier} that does not exist yet): a rule that cannot fail
 * proves nothing when it passes on the platform.
 */
class ArchitectuurregelsKunnenFalenTest {

    private static final JavaClasses PROEF = new ClassFileImporter().importClasses(ProefaOpslagRepository.class, ProefaZaak.class,
            ProefbDienst.class, ProefbLos.class, ProefResource.class, ProefVerzoekResource.class, ProefMigratie.class, ProefCrisisdossier.class,
            CasusoverlegHulp.class, ProefaKolomlezer.class, ProefaJsonlezer.class);

    @Test
    void eenContextDieDeInfrastructuurVanEenAndereGebruiktFaalt() {
        assertThat(overtredingen(Architectuurregels.CONTEXTEN_GEBRUIKEN_ELKAAR_ALLEEN_VIA_TOEPASSING_EN_DOMEIN))
                .singleElement().satisfies(regel -> assertThat(regel).contains("ProefbDienst.opslag", "ProefaOpslagRepository"));
    }

    @Test
    void webDatOpslagOfJdbcRaaktFaaltBehalveInDeMigratie() {
        assertThat(overtredingen(Architectuurregels.WEB_RAAKT_GEEN_OPSLAG)).hasSize(2)
                .anySatisfy(regel -> assertThat(regel).contains("ProefResource.opslag", "ProefaOpslagRepository"))
                .anySatisfy(regel -> assertThat(regel).contains("ProefResource.verbinding", "java.sql.Connection"))
                .noneSatisfy(regel -> assertThat(regel).contains("ProefMigratie"));
    }

    @Test
    void deGedeeldeKernDieEenStroomGebruiktOfNoemtFaalt() {
        assertThat(overtredingen(Architectuurregels.TOEGANG_EN_GEDEELD_HANGEN_NIET_AF_VAN_EEN_STROOM))
                .singleElement().satisfies(regel -> assertThat(regel).contains("CasusoverlegHulp.dossier", "ProefCrisisdossier"));
        assertThat(overtredingen(Architectuurregels.TOEGANG_EN_GEDEELD_NOEMEN_GEEN_STROOM))
                .singleElement().satisfies(regel -> assertThat(regel).contains("nl.schakel.gedeeld.proef.CasusoverlegHulp"));
    }

    @Test
    void eenKlasseNaastDeDrieLagenFaalt() {
        assertThat(overtredingen(Architectuurregels.ELKE_CONTEXT_HEEFT_DEZELFDE_PAKKETVORM))
                .singleElement().satisfies(regel -> assertThat(regel).contains("nl.schakel.proefb.ProefbLos"));
    }

    @Test
    void eenDomeinDatOpDeEigenInfrastructuurLeuntFaalt() {
        assertThat(overtredingen(Architectuurregels.DOMEIN_HANGT_NIET_AF_VAN_DE_EIGEN_INFRASTRUCTUUR))
                .singleElement().satisfies(regel -> assertThat(regel).contains("ProefaZaak.opslag", "ProefaOpslagRepository"));
    }

    @Test
    void eenResourcePerVerzoekOfMetEenVerzoekparameterInEenVeldFaalt() {
        assertThat(overtredingen(Architectuurregels.API_RESOURCES_ZIJN_APPLICATIESCOPED))
                .singleElement().satisfies(regel -> assertThat(regel).contains("ProefVerzoekResource"));
        assertThat(overtredingen(Architectuurregels.GEEN_VERZOEKPARAMETER_IN_EEN_VELD)).hasSize(2)
                .anySatisfy(regel -> assertThat(regel).contains("ProefVerzoekResource.dossier"))
                .anySatisfy(regel -> assertThat(regel).contains("ProefVerzoekResource.ifMatch"))
                .noneSatisfy(regel -> assertThat(regel).contains("ProefVerzoekResource.uri"));
    }

    @Test
    void eenKolomDiePerTypeWordtGelezenFaaltEenGewoneNiet() {
        assertThat(overtredingen(Architectuurregels.GEEN_KOLOM_PER_TYPE_GELEZEN)).hasSize(2)
                .anySatisfy(regel -> assertThat(regel).contains("ProefaKolomlezer.id", "getObject(int, java.lang.Class)"))
                .anySatisfy(regel -> assertThat(regel).contains("ProefaKolomlezer.dag", "getObject(java.lang.String, java.lang.Class)"))
                .noneSatisfy(regel -> assertThat(regel).contains("ProefaKolomlezer.waarde"));
    }

    @Test
    void jsonViaDeStatischeMethodenVanJsonFaaltViaDeFabriekNiet() {
        assertThat(overtredingen(Architectuurregels.GEEN_JSON_PROVIDER_PER_AANROEP)).isNotEmpty()
                .allSatisfy(regel -> assertThat(regel).contains("ProefaJsonlezer.perAanroep", "jakarta.json.Json"))
                .noneSatisfy(regel -> assertThat(regel).contains("eenmaalGemaakt"));
    }

    private static List<String> overtredingen(ArchRule regel) {
        return regel.evaluate(PROEF).getFailureReport().getDetails();
    }
}
