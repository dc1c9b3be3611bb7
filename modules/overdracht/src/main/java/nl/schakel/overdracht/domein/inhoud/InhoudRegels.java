package nl.schakel.overdracht.domein.inhoud;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.schakel.gedeeld.fout.Validatie;
import nl.schakel.toegang.domein.betrokkene.Bsn;

/**
 * The rules content must meet. A concept may be incomplete (it is written over days); what it holds must be
 * right. Sending asks more: {@link #controleerVerzendbaar}. Every broken rule is named by its JSON path.
 */
public final class InhoudRegels {

    public static final String ONGELDIGE_INHOUD = "OVD-001";
    public static final String ONVOLLEDIG_VOOR_VERZENDING = "OVD-014";

    public static final int KORTE_TEKST = 200;
    public static final int REGEL = 1000;
    public static final int LANGE_TEKST = 4000;
    public static final int MAXIMAAL_AANTAL = 50;

    private static final Pattern GEMEENTECODE = Pattern.compile("GM\\d{4}");
    private static final Pattern TELEFOON = Pattern.compile("\\+?[0-9 ()-]{6,20}");

    private final Validatie validatie = new Validatie();
    private final LocalDate vandaag;

    private InhoudRegels(LocalDate vandaag) {
        this.vandaag = vandaag;
    }

    /** Throws {@code OVD-001} listing every broken rule. */
    public static void valideer(OverdrachtInhoud inhoud, LocalDate vandaag) {
        InhoudRegels regels = new InhoudRegels(vandaag);
        regels.controleer(inhoud);
        regels.validatie.controleer(ONGELDIGE_INHOUD);
    }

    /** What an overdracht needs before it can be sent; {@code OVD-014} names what is missing. */
    public static void controleerVerzendbaar(OverdrachtInhoud inhoud) {
        Aanleiding aanleiding = inhoud.aanleiding();
        Veiligheidsbeoordeling beoordeling = inhoud.veiligheidsbeoordeling();
        new Validatie()
                .verplicht("aanleiding.meldingSamenvatting", aanleiding == null ? null : aanleiding.meldingSamenvatting())
                .verplicht("veiligheidsbeoordeling.uitkomst", beoordeling == null ? null : beoordeling.uitkomst())
                .regel(beoordeling == null || beoordeling.uitkomst() == null || beoordeling.uitkomst().laatOverdrachtToe(),
                        "veiligheidsbeoordeling.uitkomst", "Bij 'geen vervolg' valt er niets over te dragen.")
                .regel(!inhoud.betrokkenenOfLeeg().isEmpty(), "betrokkenen", "Noem ten minste één betrokkene.")
                .controleer(ONVOLLEDIG_VOOR_VERZENDING);
    }

    private void controleer(OverdrachtInhoud inhoud) {
        Aanleiding aanleiding = inhoud.aanleiding();
        if (aanleiding != null) {
            validatie.maximaleLengte("aanleiding.meldingSamenvatting", aanleiding.meldingSamenvatting(), LANGE_TEKST);
            nietInDeToekomst("aanleiding.meldingDatum", aanleiding.meldingDatum());
        }
        Veiligheidsbeoordeling beoordeling = inhoud.veiligheidsbeoordeling();
        if (beoordeling != null) {
            nietInDeToekomst("veiligheidsbeoordeling.datum", beoordeling.datum());
            validatie.regel(beoordeling.datum() == null || aanleiding == null || aanleiding.meldingDatum() == null
                            || !beoordeling.datum().isBefore(aanleiding.meldingDatum()),
                    "veiligheidsbeoordeling.datum", "Niet vóór de datum van de melding.");
        }
        geweldsvormen(inhoud.geweldsvormen());
        betrokkenen(inhoud.betrokkenen());
        regels("veiligheidsvoorwaarden", inhoud.veiligheidsvoorwaarden());
        regels("risicofactoren", inhoud.risicofactoren());
        regels("beschermendeFactoren", inhoud.beschermendeFactoren());
        validatie.maximaleLengte("hulpvraag", inhoud.hulpvraag(), LANGE_TEKST)
                .maximaleLengte("geadviseerdeHulp", inhoud.geadviseerdeHulp(), LANGE_TEKST)
                .maximaleLengte("huidigeHulpverlening", inhoud.huidigeHulpverlening(), LANGE_TEKST)
                .maximaleLengte("justitieleInformatie", inhoud.justitieleInformatie(), LANGE_TEKST)
                .maximaleLengte("gezondheid", inhoud.gezondheid(), LANGE_TEKST);
        contactpersonen(inhoud.contactpersonen());
        Melder melder = inhoud.melder();
        if (melder != null) {
            validatie.maximaleLengte("melder.naam", melder.naam(), KORTE_TEKST)
                    .maximaleLengte("melder.relatie", melder.relatie(), KORTE_TEKST);
            telefoon("melder.telefoon", melder.telefoon());
            // anonymous means Veilig Thuis does not know who reported; a known melder who wants to stay unnamed to
            // the family is not anonymous (the MELDER category already keeps the name from partners)
            boolean anoniem = melder.soort() == Meldersoort.ANONIEM;
            validatie.regel(!anoniem || leeg(melder.naam()), "melder.naam", "Een anonieme melder heeft geen naam.")
                    .regel(!anoniem || leeg(melder.telefoon()), "melder.telefoon", "Een anonieme melder heeft geen telefoonnummer.");
        }
    }

    private void geweldsvormen(List<Geweldsvorm> vormen) {
        if (vormen == null) {
            return;
        }
        Set<Geweldsvorm> gezien = new HashSet<>();
        for (int i = 0; i < vormen.size(); i++) {
            validatie.verplicht("geweldsvormen[" + i + "]", vormen.get(i))
                    .regel(vormen.get(i) == null || gezien.add(vormen.get(i)), "geweldsvormen[" + i + "]",
                            "Staat er al in.");
        }
    }

    private void betrokkenen(List<Betrokkene> betrokkenen) {
        if (betrokkenen == null) {
            return;
        }
        validatie.regel(betrokkenen.size() <= MAXIMAAL_AANTAL, "betrokkenen", "Ten hoogste " + MAXIMAAL_AANTAL + ".");
        Set<UUID> ids = new HashSet<>();
        Set<String> bsns = new HashSet<>();
        for (int i = 0; i < betrokkenen.size(); i++) {
            String pad = "betrokkenen[" + i + "]";
            Betrokkene b = betrokkenen.get(i);
            validatie.verplicht(pad, b);
            if (b == null) {
                continue;
            }
            validatie.verplicht(pad + ".rol", b.rol())
                    .regel(b.id() == null || ids.add(b.id()), pad + ".id", "Twee betrokkenen met hetzelfde id.")
                    .regel(b.bsn() == null || Bsn.isGeldig(b.bsn()), pad + ".bsn",
                            "Geen geldig burgerservicenummer (9 cijfers, elfproef).")
                    .regel(b.bsn() == null || bsns.add(b.bsn()), pad + ".bsn", "Twee betrokkenen met hetzelfde BSN.")
                    .maximaleLengte(pad + ".afgeschermdAdres", b.afgeschermdAdres(), KORTE_TEKST);
            identiteit(pad + ".identiteit", b.identiteit());
            if (b.contact() != null) {
                validatie.maximaleLengte(pad + ".contact.adres", b.contact().adres(), KORTE_TEKST);
                telefoon(pad + ".contact.telefoon", b.contact().telefoon());
            }
        }
    }

    private void identiteit(String pad, Identiteit identiteit) {
        if (identiteit == null) {
            return;
        }
        validatie.maximaleLengte(pad + ".voornaam", identiteit.voornaam(), KORTE_TEKST)
                .maximaleLengte(pad + ".achternaam", identiteit.achternaam(), KORTE_TEKST)
                .patroon(pad + ".gemeente", identiteit.gemeente(), GEMEENTECODE, "Een CBS-gemeentecode zoals GM0599.");
        nietInDeToekomst(pad + ".geboortedatum", identiteit.geboortedatum());
    }

    private void contactpersonen(List<Contactpersoon> personen) {
        if (personen == null) {
            return;
        }
        validatie.regel(personen.size() <= MAXIMAAL_AANTAL, "contactpersonen", "Ten hoogste " + MAXIMAAL_AANTAL + ".");
        for (int i = 0; i < personen.size(); i++) {
            String pad = "contactpersonen[" + i + "]";
            Contactpersoon persoon = personen.get(i);
            validatie.verplicht(pad, persoon);
            if (persoon != null) {
                validatie.verplicht(pad + ".naam", persoon.naam())
                        .maximaleLengte(pad + ".naam", persoon.naam(), KORTE_TEKST)
                        .maximaleLengte(pad + ".organisatie", persoon.organisatie(), KORTE_TEKST)
                        .maximaleLengte(pad + ".functie", persoon.functie(), KORTE_TEKST);
                telefoon(pad + ".telefoon", persoon.telefoon());
            }
        }
    }

    private void regels(String naam, List<String> regels) {
        if (regels == null) {
            return;
        }
        validatie.regel(regels.size() <= MAXIMAAL_AANTAL, naam, "Ten hoogste " + MAXIMAAL_AANTAL + " regels.");
        for (int i = 0; i < regels.size(); i++) {
            validatie.verplicht(naam + "[" + i + "]", regels.get(i))
                    .maximaleLengte(naam + "[" + i + "]", regels.get(i), REGEL);
        }
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }

    private void telefoon(String naam, String nummer) {
        validatie.patroon(naam, nummer, TELEFOON, "Een telefoonnummer: cijfers, spaties, +, haakjes of streepjes.");
    }

    private void nietInDeToekomst(String naam, LocalDate datum) {
        validatie.regel(datum == null || !datum.isAfter(vandaag), naam, "Ligt in de toekomst.");
    }
}
