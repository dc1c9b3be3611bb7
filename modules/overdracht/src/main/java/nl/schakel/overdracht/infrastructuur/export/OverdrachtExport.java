package nl.schakel.overdracht.infrastructuur.export;

import nl.schakel.gedeeld.pdf.PdfOpmaak;
import static nl.schakel.overdracht.infrastructuur.export.Teksten.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.schakel.overdracht.domein.Overdracht;
import nl.schakel.overdracht.domein.inhoud.Betrokkene;
import nl.schakel.overdracht.domein.inhoud.Contactpersoon;
import nl.schakel.overdracht.domein.inhoud.GefilterdeInhoud;
import nl.schakel.overdracht.domein.inhoud.Inhoudsfilter;
import nl.schakel.overdracht.domein.inhoud.OverdrachtInhoud;
import nl.schakel.toegang.domein.Gegevenscategorie;

/**
 * An overdracht as one reader may see it, as a PDF. The content goes through the same {@link Inhoudsfilter} as
 * the API answer, here and not by the caller, so an export can never hold more than the reader's grants allow;
 * the categories left out are named, their content is not in the file.
 */
public final class OverdrachtExport {

    static final String VOETREGEL = "Vertrouwelijk: deze export bevat persoonsgegevens en is vastgelegd in het logboek "
            + "van Schakel. Bewaar en deel hem alleen binnen het doel waarvoor hij is gemaakt.";

    private OverdrachtExport() {}

    public static byte[] maak(Overdracht overdracht, Set<Gegevenscategorie> zichtbaar, Exportkop kop) {
        GefilterdeInhoud gefilterd = Inhoudsfilter.filter(overdracht.inhoud(), zichtbaar);
        List<String> koptekst = List.of(
                "Schakel – export van een overdracht (vertrouwelijk)",
                "Geëxporteerd door: " + kop.medewerker() + ", " + kop.organisatie(),
                "Tijdstip van export: " + moment(kop.tijdstip()),
                "Doel: " + label(DOEL, kop.doel()) + " (grondslag: " + kop.grondslag() + ")");
        // the title names the case by its number only (the number the lists show), never by the family's name
        String titel = "Overdracht, zaaknummer " + zaaknummer(overdracht);
        try (PdfOpmaak pdf = new PdfOpmaak(titel, koptekst, VOETREGEL)) {
            pdf.titel(titel);
            algemeen(pdf, overdracht, kop, gefilterd);
            contactpersoon(pdf, overdracht, kop);
            warmeOverdracht(pdf, overdracht);
            inhoud(pdf, gefilterd.inhoud(), kop);
            return pdf.bytes();
        }
    }

    private static void algemeen(PdfOpmaak pdf, Overdracht overdracht, Exportkop kop, GefilterdeInhoud gefilterd) {
        pdf.kop("Over deze overdracht");
        pdf.veld("Zaaknummer", zaaknummer(overdracht));
        pdf.veld("Kenmerk", overdracht.id().toString());
        pdf.veld("Status", label(STATUS, overdracht.status()));
        pdf.veld("Eigenaar", kop.eigenaar());
        pdf.veld("Ontvangende organisatie", kop.ontvanger());
        pdf.veld("Verzonden op", overdracht.verzondenOp().map(Teksten::moment).orElse(null));
        pdf.veld("Gedeeld met de ontvanger", namen(overdracht.gedeeldeCategorieen()));
        pdf.veld("Achtergehouden in deze export", gefilterd.achtergehouden().isEmpty()
                ? "niets"
                : namen(gefilterd.achtergehouden()) + ". Uw toegang dekt deze gegevens niet; ze staan niet in dit document.");
    }

    /** The short case number the screens, lists and notifications share: the first 8 characters of the id. */
    static String zaaknummer(Overdracht overdracht) {
        return overdracht.id().toString().substring(0, 8);
    }

    /**
     * Whom the receiver calls at Veilig Thuis. An overdracht sent before the sender was asked has none: the file says
     * so, and where Veilig Thuis can be reached instead (its functional mailbox), rather than leaving the reader to guess.
     */
    private static void contactpersoon(PdfOpmaak pdf, Overdracht overdracht, Exportkop kop) {
        if (overdracht.verzondenOp().isEmpty()) {
            return;
        }
        pdf.kop("Contactpersoon Veilig Thuis");
        overdracht.contactpersoonVeiligThuis().ifPresentOrElse(contact -> {
            pdf.veld("Naam", contact.naam());
            pdf.veld("Telefoon (werk)", contact.telefoon());
        }, () -> pdf.alinea(geenContactpersoon(kop)));
    }

    /** The fallback sentence of the file and, in the same words, of the receiver's page. */
    static String geenContactpersoon(Exportkop kop) {
        return "Geen contactpersoon vastgelegd." + (kop.eigenaarMailbox() == null ? ""
                : " Neem contact op met " + kop.eigenaar() + " via " + kop.eigenaarMailbox() + ".");
    }

    /** The joint conversation with the family, once the receiver planned it: both sides work from the same plan. */
    private static void warmeOverdracht(PdfOpmaak pdf, Overdracht overdracht) {
        overdracht.warmeOverdracht().ifPresent(w -> {
            pdf.kop("Warme overdracht");
            pdf.alinea("Gezamenlijk gesprek met Veilig Thuis en het gezin op " + datum(w.datum()) + " om "
                    + w.tijd().toString().substring(0, 5) + ", " + w.plaats() + ".");
        });
    }

    private static void inhoud(PdfOpmaak pdf, OverdrachtInhoud inhoud, Exportkop kop) {
        if (inhoud.aanleiding() != null || inhoud.veiligheidsbeoordeling() != null || inhoud.geweldsvormen() != null) {
            pdf.kop("Aanleiding en veiligheidsbeoordeling");
            if (inhoud.aanleiding() != null) {
                pdf.veld("Datum melding", datum(inhoud.aanleiding().meldingDatum()));
                pdf.veld("Samenvatting melding", inhoud.aanleiding().meldingSamenvatting());
            }
            if (inhoud.veiligheidsbeoordeling() != null) {
                pdf.veld("Uitkomst veiligheidsbeoordeling", label(UITKOMST, inhoud.veiligheidsbeoordeling().uitkomst()));
                pdf.veld("Datum veiligheidsbeoordeling", datum(inhoud.veiligheidsbeoordeling().datum()));
            }
            if (inhoud.geweldsvormen() != null) {
                pdf.veld("Geweldsvormen", inhoud.geweldsvormen().stream().map(v -> label(GEWELDSVORM, v))
                        .collect(Collectors.joining(", ")));
            }
        }
        betrokkenen(pdf, inhoud.betrokkenenOfLeeg(), kop);
        lijst(pdf, "Veiligheidsvoorwaarden", inhoud.veiligheidsvoorwaarden());
        lijst(pdf, "Risicofactoren", inhoud.risicofactoren());
        lijst(pdf, "Beschermende factoren", inhoud.beschermendeFactoren());
        if (inhoud.hulpvraag() != null || inhoud.geadviseerdeHulp() != null || inhoud.huidigeHulpverlening() != null
                || inhoud.contactpersonen() != null) {
            pdf.kop("Hulpverlening");
            pdf.veld("Hulpvraag", inhoud.hulpvraag());
            pdf.veld("Geadviseerde hulp", inhoud.geadviseerdeHulp());
            pdf.veld("Huidige hulpverlening", inhoud.huidigeHulpverlening());
            for (Contactpersoon persoon : inhoud.contactpersonen() == null ? List.<Contactpersoon>of() : inhoud.contactpersonen()) {
                if (persoon != null) {
                    pdf.punt("Contactpersoon: " + samen(persoon.naam(), persoon.functie(), persoon.organisatie(), persoon.telefoon()));
                }
            }
        }
        if (inhoud.melder() != null) {
            pdf.kop("Melder");
            pdf.veld("Naam", inhoud.melder().naam());
            pdf.veld("Relatie", inhoud.melder().relatie());
            pdf.veld("Telefoon", inhoud.melder().telefoon());
            pdf.veld("Soort melder", inhoud.melder().soort() == null ? null : inhoud.melder().soort().name().toLowerCase());
        }
        if (inhoud.justitieleInformatie() != null) {
            pdf.kop("Justitiële informatie");
            pdf.alinea(inhoud.justitieleInformatie());
        }
        if (inhoud.gezondheid() != null) {
            pdf.kop("Gezondheid");
            pdf.alinea(inhoud.gezondheid());
        }
    }

    private static void betrokkenen(PdfOpmaak pdf, List<Betrokkene> betrokkenen, Exportkop kop) {
        if (betrokkenen.isEmpty()) {
            return;
        }
        pdf.kop("Betrokkenen");
        int nummer = 0;
        for (Betrokkene b : betrokkenen) {
            if (b == null) {
                continue;
            }
            nummer++;
            pdf.alinea("Betrokkene " + nummer + (b.rol() == null ? "" : " – " + label(ROL, b.rol())));
            if (b.identiteit() != null) {
                pdf.veld("Naam", java.util.stream.Stream.of(b.identiteit().voornaam(), b.identiteit().achternaam())
                        .filter(d -> d != null && !d.isBlank()).collect(Collectors.joining(" ")));
                pdf.veld("Geboortedatum", datum(b.identiteit().geboortedatum()));
                pdf.veld("Geslacht", label(GESLACHT, b.identiteit().geslacht()));
                pdf.veld("Gemeente", kop.gemeente(b.identiteit().gemeente()));
            }
            pdf.veld("BSN", b.bsn());
            if (b.contact() != null) {
                pdf.veld("Adres", b.contact().adres());
                pdf.veld("Telefoon", b.contact().telefoon());
            }
            pdf.veld("Afgeschermd adres", b.afgeschermdAdres());
            pdf.witregel();
        }
    }

    private static void lijst(PdfOpmaak pdf, String kop, List<String> regels) {
        if (regels == null || regels.isEmpty()) {
            return;
        }
        pdf.kop(kop);
        regels.stream().filter(r -> r != null && !r.isBlank()).forEach(pdf::punt);
    }

    private static String namen(java.util.Collection<Gegevenscategorie> categorieen) {
        return categorieen.stream().map(Teksten::categorie).collect(Collectors.joining(", "));
    }

    private static String samen(String... delen) {
        return java.util.Arrays.stream(delen).filter(d -> d != null && !d.isBlank()).collect(Collectors.joining(", "));
    }
}
