package nl.schakel.partners.domein;

import java.util.List;
import java.util.regex.Pattern;
import nl.schakel.gedeeld.fout.Validatie;

/**
 * What a partner register entry says about an organisation; checked before it touches an entity.
 *
 * @param functioneleMailbox the organisation's functional e-mail address, where partners reach it about a person
 *                           (the bekendheidscheck names it); null on a change keeps the current one, "" removes it
 */
public record OrganisatieGegevens(
        String code, String naam, String type, List<String> gemeenten, String bovenliggendeOrganisatie,
        String functioneleMailbox) {

    public static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,32}");
    public static final Pattern GEMEENTECODE = Pattern.compile("GM\\d{4}");
    /** One address, no display name: local part, @, a domain with a dot. Deliberately plain; the mail server decides. */
    public static final Pattern MAILADRES = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    public OrganisatieGegevens {
        gemeenten = gemeenten == null ? List.of() : List.copyOf(gemeenten);
    }

    /** Without a functional mailbox: on a change, the current one stays. */
    public OrganisatieGegevens(String code, String naam, String type, List<String> gemeenten, String bovenliggendeOrganisatie) {
        this(code, naam, type, gemeenten, bovenliggendeOrganisatie, null);
    }

    /** Validates the fields; {@code ORG-001} lists every broken rule. */
    public OrganisatieType valideer() {
        Validatie validatie = new Validatie()
                .verplicht("code", code)
                .patroon("code", code, CODE, "2 tot 32 hoofdletters, cijfers of streepjes.")
                .verplicht("naam", naam)
                .maximaleLengte("naam", naam, 200)
                .verplicht("type", type)
                .regel(type == null || isBekendType(type), "type", "Onbekend organisatietype.");
        for (int i = 0; i < gemeenten.size(); i++) {
            String gemeente = gemeenten.get(i);
            validatie.regel(gemeente != null && GEMEENTECODE.matcher(gemeente).matches(),
                    "gemeenten[" + i + "]", "Een CBS-gemeentecode zoals GM0599.");
        }
        validatie.patroon("bovenliggendeOrganisatie", bovenliggendeOrganisatie, CODE,
                "2 tot 32 hoofdletters, cijfers of streepjes.");
        if (functioneleMailbox != null && !functioneleMailbox.isBlank()) {
            validatie.maximaleLengte("functioneleMailbox", functioneleMailbox.strip(), 254)
                    .patroon("functioneleMailbox", functioneleMailbox.strip(), MAILADRES, "Eén e-mailadres, zoals meldingen@organisatie.nl.");
        }
        validatie.controleer("ORG-001");
        return OrganisatieType.valueOf(type);
    }

    private static boolean isBekendType(String type) {
        for (OrganisatieType bekend : OrganisatieType.values()) {
            if (bekend.name().equals(type)) {
                return true;
            }
        }
        return false;
    }
}
