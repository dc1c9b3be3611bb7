package nl.schakel.casusoverleg.domein;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.schakel.gedeeld.fout.Validatie;

/**
 * The rules of a registration, all checked at once so a form can show every broken field: the question, each of the
 * table's criteria answered exactly once with a short reason, one to twenty betrokkenen at minimal identity, and the
 * proposed partners as register codes.
 */
final class Aanmeldingsregels {

    static final int MAXIMUM_BETROKKENEN = 20;
    static final int MAXIMUM_PARTNERS = 20;
    private static final Pattern ORGANISATIECODE = Pattern.compile("[A-Z0-9-]{2,32}");
    private static final Set<String> ROLLEN = new HashSet<>(Arrays.stream(Betrokkenenrol.values()).map(Enum::name).toList());

    private Aanmeldingsregels() {}

    static void controleer(Overlegtafel tafel, Aanmeldingsgegevens gegevens) {
        Validatie validatie = new Validatie();
        if (gegevens == null) {
            validatie.verplicht("vraag", null).controleer(Foutcodes.ONGELDIGE_AANMELDING);
            return;
        }
        validatie.verplicht("vraag", gegevens.vraag()).maximaleLengte("vraag", gegevens.vraag(), 1000);
        criteria(validatie, tafel, gegevens.criteria());
        betrokkenen(validatie, gegevens.betrokkenen());
        partners(validatie, gegevens.voorgesteldePartners());
        validatie.controleer(Foutcodes.ONGELDIGE_AANMELDING);
    }

    private static void criteria(Validatie validatie, Overlegtafel tafel, List<Aanmeldingsgegevens.Antwoord> antwoorden) {
        List<Aanmeldingsgegevens.Antwoord> lijst = antwoorden == null ? List.of() : antwoorden;
        for (String code : tafel.criteriumcodes()) {
            long keer = lijst.stream().filter(a -> a != null && code.equals(a.criterium())).count();
            validatie.regel(keer == 1, "criteria", "Beantwoord het criterium " + code + " precies één keer.");
        }
        for (int i = 0; i < lijst.size(); i++) {
            Aanmeldingsgegevens.Antwoord antwoord = lijst.get(i);
            String pad = "criteria[" + i + "]";
            if (antwoord == null) {
                validatie.regel(false, pad, "Een antwoord, geen lege waarde.");
                continue;
            }
            validatie.regel(antwoord.criterium() == null || tafel.criteriumcodes().contains(antwoord.criterium()),
                    pad + ".criterium", "Een criterium van deze overlegtafel: " + tafel.criteriumcodes() + ".");
            validatie.verplicht(pad + ".criterium", antwoord.criterium())
                    .verplicht(pad + ".voldaan", antwoord.voldaan())
                    .verplicht(pad + ".toelichting", antwoord.toelichting())
                    .maximaleLengte(pad + ".toelichting", antwoord.toelichting(), 500);
        }
    }

    private static void betrokkenen(Validatie validatie, List<Aanmeldingsgegevens.Persoon> personen) {
        List<Aanmeldingsgegevens.Persoon> lijst = personen == null ? List.of() : personen;
        validatie.regel(!lijst.isEmpty() && lijst.size() <= MAXIMUM_BETROKKENEN, "betrokkenen",
                "Eén tot " + MAXIMUM_BETROKKENEN + " betrokkenen.");
        for (int i = 0; i < lijst.size(); i++) {
            Aanmeldingsgegevens.Persoon persoon = lijst.get(i);
            String pad = "betrokkenen[" + i + "]";
            if (persoon == null) {
                validatie.regel(false, pad, "Een betrokkene, geen lege waarde.");
                continue;
            }
            validatie.verplicht(pad + ".rol", persoon.rol())
                    .regel(persoon.rol() == null || ROLLEN.contains(persoon.rol()), pad + ".rol",
                            "Een van " + Arrays.toString(Betrokkenenrol.values()) + ".")
                    .verplicht(pad + ".voornaam", persoon.voornaam())
                    .maximaleLengte(pad + ".voornaam", persoon.voornaam(), 100)
                    .verplicht(pad + ".achternaam", persoon.achternaam())
                    .maximaleLengte(pad + ".achternaam", persoon.achternaam(), 100)
                    .regel(persoon.geboortedatum() == null || !persoon.geboortedatum().isAfter(LocalDate.now(Overlegtafel.NEDERLAND)),
                            pad + ".geboortedatum", "Niet in de toekomst.");
        }
    }

    private static void partners(Validatie validatie, List<String> codes) {
        List<String> lijst = codes == null ? List.of() : codes;
        validatie.regel(lijst.size() <= MAXIMUM_PARTNERS, "voorgesteldePartners", "Ten hoogste " + MAXIMUM_PARTNERS + " partners.");
        for (int i = 0; i < lijst.size(); i++) {
            validatie.verplicht("voorgesteldePartners[" + i + "]", lijst.get(i))
                    .patroon("voorgesteldePartners[" + i + "]", lijst.get(i), ORGANISATIECODE,
                            "Een organisatiecode uit het partnerregister, zoals POL-RR.");
        }
    }
}
