package nl.schakel.platform.casusoverleg;

import static nl.schakel.platform.Logboekcontrole.*;
import static nl.schakel.platform.Probleemcontrole.isProbleem;
import static nl.schakel.platform.casusoverleg.Casusoverleggen.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import nl.schakel.platform.Api;
import nl.schakel.platform.PlatformIT;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The minutes of an item as a PDF (issue 12): an invited partner takes them after the confidentiality statement, with
 * the verslag, the plan, the casusregisseur and every action with owner, date and status, the case only by its
 * reference; each download is one logboek row (an export, with the case's betrokkenen). Before the statement 403
 * CSO-020, a partner invited to another item of the same meeting and one not invited get the 404 of a missing item —
 * each refusal logged.
 */
@PlatformIT
@RunAsClient
class CasusoverlegVerslagPdfIT {

    private static final String HANDELING = "casusoverleg.verslag-exporteren";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    @Test
    void deGenodigdeNeemtHetVerslagMeeMetPlanRegisseurEnActiesEnElkeDownloadIsEenExport() {
        String zvh = zvh(uniek("zvh"));
        Bron overleg = plan(zvh);
        Bron casus = geaccepteerd(zvh);
        Agendapunt punt = zetOpAgenda(zvh, overleg, casus);
        Agendapunt ander = zetOpAgenda(zvh, punt.overleg(), geaccepteerd(zvh));
        nodigUit(zvh, punt.pad(), "POL-RR");
        nodigUit(zvh, punt.pad(), "WT-RDAM-FEIJ");
        nodigUit(zvh, ander.pad(), "OM-RDAM");
        bevestig(zvh, overleg);
        String versie = Api.etag(Api.get(punt.pad(), zvh));
        Api.ok(Api.json("PUT", punt.pad() + "/verslag", zvh, versie, CasusoverlegVerslagIT.VERSLAG));
        LocalDate over7 = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(7);
        actie(zvh, punt, "POL-RR", "Huisbezoek afleggen (fictief).", over7);
        HttpResponse<String> tweede = actie(zvh, punt, "WT-RDAM-FEIJ", "Schuldhulp aanvragen (fictief).", over7.plusDays(7));
        Api.ok(Api.json("POST", "/api/v1/acties/" + Api.lees(tweede).getString("id") + "/afronding", zvh, Api.etag(tweede),
                "{\"status\":\"NIET_GEDAAN\",\"reden\":\"Gezin wilde niet (fictief).\"}"));

        String agent = uniek("politie");
        // before the statement: 403 CSO-020, logged as a refusal of the export
        isProbleem(Api.get(punt.pad() + "/verslag.pdf", politie(agent)), 403, "CSO-020");
        logboekregel(logboekregels(agent), HANDELING, "GEWEIGERD", punt.id());
        bevestig(politie(agent), overleg);

        HttpResponse<byte[]> antwoord = pdf(punt.pad(), politie(agent));
        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(antwoord.headers().firstValue("Content-Disposition").orElseThrow()).contains("verslag-" + punt.id() + ".pdf");
        assertThat(antwoord.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        String tekst = tekst(antwoord.body());
        String kenmerk = "C-" + casus.id().substring(0, 8).toUpperCase(Locale.ROOT);
        assertThat(tekst).contains("Verslag agendapunt 1 – casus " + kenmerk).contains("Gegevenscategorieën: VEILIGHEID")
                .contains("Gezamenlijke analyse Spanning loopt op bij schulden (fictief).")
                .contains("Besluiten Politie legt huisbezoek af.")
                .contains("Plan van aanpak Wijkteam start schuldhulp; over vier weken opnieuw.")
                .contains("Casusregisseur: C. de Regisseur (fictief) (WT-RDAM-FEIJ)")
                .contains("POL-RR: Huisbezoek afleggen (fictief).").contains("– open")
                .contains("WT-RDAM-FEIJ: Schuldhulp aanvragen (fictief).").contains("niet gedaan (Gezin wilde niet (fictief).)")
                // the case by its reference only: none of the names typed into the aanmelding
                .doesNotContain("Fatima").doesNotContain("Jansen").doesNotContain("Noor").doesNotContain("1990");

        JsonObject rij = logboekregel(logboekregels(agent), HANDELING, "TOEGESTAAN", punt.id());
        assertThat(rij.getString("doel")).isEqualTo("CASUSOVERLEG");
        assertThat(rij.getString("toegangReden")).isEqualTo("UITGENODIGD");
        List<String> betrokkenen = Api.ok(Api.get(casus.pad(), zvh)).getJsonArray("betrokkenen").getValuesAs(JsonObject.class).stream()
                .map(b -> b.getString("id")).toList();
        assertThat(rij.getJsonArray("betrokkenen").getValuesAs(JsonString::getString)).containsExactlyInAnyOrderElementsOf(betrokkenen)
                .hasSize(3);
        // every download is its own export row
        assertThat(pdf(punt.pad(), politie(agent)).statusCode()).isEqualTo(200);
        assertThat(logboekregels(agent)).filteredOn(r -> r.getString("handeling").equals(HANDELING)
                && r.getString("uitkomst").equals("TOEGESTAAN")).hasSize(2);

        // the chair's copy, on its grant on the meeting
        String vt = uniek("vt");
        bevestig(voorzitter(vt), overleg);
        assertThat(tekst(pdf(punt.pad(), voorzitter(vt)).body())).contains("Verslag agendapunt 1 – casus " + kenmerk);
        assertThat(logboekregel(logboekregels(vt), HANDELING, "TOEGESTAAN", punt.id()).getString("toegangReden")).isEqualTo("EIGENAAR");
    }

    @Test
    void wieVoorEenAnderAgendapuntOfNietIsUitgenodigdKrijgtHetVerslagNiet() {
        String zvh = zvh(uniek("zvh"));
        Bron overleg = plan(zvh);
        Agendapunt punt = zetOpAgenda(zvh, overleg, geaccepteerd(zvh));
        Agendapunt ander = zetOpAgenda(zvh, punt.overleg(), geaccepteerd(zvh));
        nodigUit(zvh, punt.pad(), "POL-RR");
        nodigUit(zvh, ander.pad(), "OM-RDAM");
        String officier = uniek("om");
        bevestig(om(officier), overleg);
        String reclasseerder = uniek("reclassering");

        // the OM sits at the same meeting, for the other item: this item does not exist for it
        JsonObject voorOm = isProbleem(Api.get(punt.pad() + "/verslag.pdf", om(officier)), 404, "CSO-404");
        JsonObject ontbrekend = isProbleem(Api.get(AGENDAPUNTEN + "/00000000-0000-4000-8000-000000000000/verslag.pdf", om(officier)),
                404, "CSO-404");
        assertThat(voorOm.getString("detail")).isEqualTo(ontbrekend.getString("detail"));
        isProbleem(Api.get(punt.pad() + "/verslag.pdf", reclassering(reclasseerder)), 404, "CSO-404");
        logboekregel(logboekregels(officier), HANDELING, "GEWEIGERD", punt.id());
        logboekregel(logboekregels(reclasseerder), HANDELING, "GEWEIGERD", punt.id());
        assertThat(logboekregels(reclasseerder)).noneMatch(r -> r.getString("uitkomst").equals("TOEGESTAAN"));
    }

    private static HttpResponse<String> actie(String zvh, Agendapunt punt, String eigenaar, String omschrijving, LocalDate uiterlijk) {
        HttpResponse<String> antwoord = Api.json("POST", punt.pad() + "/acties", zvh, null, "{\"eigenaarOrganisatieCode\":\"" + eigenaar
                + "\",\"omschrijving\":\"" + omschrijving + "\",\"uiterlijk\":\"" + uiterlijk + "\"}");
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        return antwoord;
    }

    private static HttpResponse<byte[]> pdf(String agendapunt, String token) {
        try {
            return HTTP.send(Api.verzoek(agendapunt + "/verslag.pdf", token).header("Accept", "application/pdf").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tekst(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
