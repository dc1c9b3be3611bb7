package nl.schakel.casusoverleg.infrastructuur.uitvoer;

import static nl.schakel.casusoverleg.infrastructuur.uitvoer.AgendaPdf.KORT;
import static nl.schakel.casusoverleg.infrastructuur.uitvoer.AgendaPdf.MOMENT;
import static nl.schakel.casusoverleg.infrastructuur.uitvoer.AgendaPdf.NEDERLAND;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import nl.schakel.casusoverleg.domein.Verslag;
import nl.schakel.casusoverleg.domein.Verslagoverzicht;
import nl.schakel.gedeeld.pdf.PdfOpmaak;

/**
 * The minutes of one agenda item for one organisation as a PDF, on the shared tagged layout ({@link PdfOpmaak}, PDF/UA-1
 * by veraPDF): the table, the meeting date, the item's number and the case's reference, the verslag (analysis,
 * decisions, plan of aanpak and casusregisseur) and the item's actions with owner, date and status. The header names
 * for whom and when it was made and which data categories it holds, so a printed copy says what it is; the case is
 * named by its reference only.
 */
public final class VerslagPdf {

    static final String VOETREGEL = "Vertrouwelijk: dit verslag is bestemd voor de genodigden van het agendapunt en is "
            + "vastgelegd in het logboek van Schakel als export. Niet doorsturen; de stukken staan in Schakel.";

    private VerslagPdf() {}

    public static byte[] maak(Verslagoverzicht overzicht, String organisatienaam, Instant nu) {
        List<String> kop = List.of(
                "Schakel – verslag van het casusoverleg (vertrouwelijk)",
                "Voor: " + organisatienaam + " (" + overzicht.organisatie() + ")",
                "Gemaakt op: " + MOMENT.format(nu.atZone(NEDERLAND)),
                "Gegevenscategorieën: " + (overzicht.achtergehouden().isEmpty() ? Verslagoverzicht.CATEGORIE.name()
                        : "geen (achtergehouden: " + namen(overzicht) + ")"));
        String titel = "Verslag agendapunt " + overzicht.volgnummer() + " – casus " + overzicht.kenmerk();
        try (PdfOpmaak pdf = new PdfOpmaak(titel + " – " + KORT.format(overzicht.overlegdatum()), kop, VOETREGEL)) {
            pdf.titel(titel);
            pdf.veld("Overleg", overzicht.tafelnaam() + ", " + AgendaPdf.DATUM.format(overzicht.overlegdatum()));
            pdf.veld("Casus", overzicht.kenmerk());
            if (!overzicht.achtergehouden().isEmpty()) {
                pdf.kop("Achtergehouden");
                pdf.alinea("Het verslag en de acties vallen onder " + namen(overzicht) + "; uw toegang tot dit agendapunt draagt die "
                        + "categorie niet. Vraag de organisator van het overleg als u ze nodig heeft.");
                return pdf.bytes();
            }
            verslag(pdf, overzicht);
            acties(pdf, overzicht);
            return pdf.bytes();
        }
    }

    private static void verslag(PdfOpmaak pdf, Verslagoverzicht overzicht) {
        if (overzicht.verslag().isEmpty()) {
            pdf.kop("Verslag");
            pdf.alinea("Er is nog geen verslag vastgelegd.");
            return;
        }
        Verslag verslag = overzicht.verslag().get();
        pdf.veld("Vastgelegd op", overzicht.verslagOp().map(op -> MOMENT.format(op.atZone(NEDERLAND))).orElse(null));
        sectie(pdf, "Gezamenlijke analyse", verslag.analyse());
        sectie(pdf, "Besluiten", verslag.besluiten());
        pdf.kop("Plan van aanpak");
        pdf.alinea(leeg(verslag.planVanAanpak()) ? "Niet vastgelegd." : verslag.planVanAanpak());
        pdf.veld("Casusregisseur", verslag.regisseur().map(r -> r.naam() + " (" + r.organisatieCode() + ")").orElse("nog niet benoemd"));
    }

    private static void acties(PdfOpmaak pdf, Verslagoverzicht overzicht) {
        pdf.kop("Acties");
        if (overzicht.acties().isEmpty()) {
            pdf.alinea("Geen acties afgesproken.");
        }
        for (Verslagoverzicht.Actieregel actie : overzicht.acties()) {
            pdf.punt(actie.eigenaar() + ": " + actie.omschrijving() + " – uiterlijk " + KORT.format(actie.uiterlijk()) + " – "
                    + status(actie));
        }
    }

    private static String status(Verslagoverzicht.Actieregel actie) {
        return switch (actie.status()) {
            case OPEN -> "open";
            case GEDAAN -> "gedaan";
            case NIET_GEDAAN -> "niet gedaan" + actie.reden().map(r -> " (" + r + ")").orElse("");
        };
    }

    private static void sectie(PdfOpmaak pdf, String kop, String tekst) {
        pdf.kop(kop);
        pdf.alinea(leeg(tekst) ? "Niet vastgelegd." : tekst);
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }

    private static String namen(Verslagoverzicht overzicht) {
        return overzicht.achtergehouden().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }
}
