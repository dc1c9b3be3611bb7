package nl.schakel.meting;

/** The request bodies of the overdracht ITs: a fictional, complete case and its sending to a wijkteam. */
final class Inhoud {

    static final String OVERDRACHT = """
            {
              "aanleiding": {"meldingSamenvatting": "Buren hoorden geschreeuw.", "meldingDatum": "2026-11-10"},
              "veiligheidsbeoordeling": {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "datum": "2026-11-14"},
              "geweldsvormen": ["LICHAMELIJK", "GETUIGE_HUISELIJK_GEWELD"],
              "betrokkenen": [
                {"rol": "SLACHTOFFER",
                 "identiteit": {"voornaam": "Fatima", "achternaam": "Jansen", "geboortedatum": "1990-03-01",
                                "geslacht": "VROUW", "gemeente": "GM0599"},
                 "bsn": "111222333",
                 "contact": {"adres": "Voorbeeldstraat 1, Rotterdam", "telefoon": "010-1234567"},
                 "afgeschermdAdres": "Opvanglocatie (afgeschermd)"},
                {"rol": "KIND",
                 "identiteit": {"voornaam": "Noor", "achternaam": "Jansen", "geboortedatum": "2018-05-20",
                                "geslacht": "VROUW", "gemeente": "GM0599"},
                 "bsn": "123456782"}
              ],
              "veiligheidsvoorwaarden": ["Vader verblijft niet in de woning."],
              "risicofactoren": ["Eerdere meldingen (2024)."],
              "beschermendeFactoren": ["Steunend netwerk: grootouders."],
              "hulpvraag": "Ondersteuning bij opvoeding en veiligheid.",
              "geadviseerdeHulp": "Wijkteam: opvoedondersteuning en veiligheidsplan.",
              "huidigeHulpverlening": "Geen.",
              "contactpersonen": [{"naam": "J. de Boer", "organisatie": "Jeugdgezondheidszorg",
                                   "functie": "jeugdverpleegkundige", "telefoon": "010-7654321"}],
              "melder": {"naam": "Buurvrouw", "relatie": "buur", "telefoon": "06-12345678"},
              "justitieleInformatie": "Politie kwam ter plaatse op 9 november.",
              "gezondheid": "Kind bij huisarts gezien."
            }
            """;

    /** Sending to WT-RDAM-FEIJ: {@link #verzendingAan}. */
    static final String VERZENDING = verzendingAan("WT-RDAM-FEIJ");

    /** Everything the policy allows a wijkteam (JUSTITIEEL and MELDER stay at Veilig Thuis), to {@code wijkteam}. */
    static String verzendingAan(String wijkteam) {
        return "{\"ontvangendeOrganisatie\":\"" + wijkteam + "\",\"categorieen\":"
                + "[\"IDENTITEIT\",\"BSN\",\"CONTACT\",\"ADRES_AFGESCHERMD\",\"VEILIGHEID\",\"HULPVERLENING\",\"GEZONDHEID\"],"
                + "\"redenAfgeschermdAdres\":\"Huisbezoek op de opvanglocatie.\","
                + "\"contactpersoonVeiligThuis\":{\"naam\":\"Sanne de Vries\",\"telefoon\":\"010-799 12 34\"}}";
    }

    private Inhoud() {}
}
