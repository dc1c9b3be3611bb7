package nl.schakel.overdracht.domein.inhoud;

import static nl.schakel.toegang.domein.Gegevenscategorie.ADRES_AFGESCHERMD;
import static nl.schakel.toegang.domein.Gegevenscategorie.BSN;
import static nl.schakel.toegang.domein.Gegevenscategorie.CONTACT;
import static nl.schakel.toegang.domein.Gegevenscategorie.GEZONDHEID;
import static nl.schakel.toegang.domein.Gegevenscategorie.HULPVERLENING;
import static nl.schakel.toegang.domein.Gegevenscategorie.IDENTITEIT;
import static nl.schakel.toegang.domein.Gegevenscategorie.JUSTITIEEL;
import static nl.schakel.toegang.domein.Gegevenscategorie.MELDER;
import static nl.schakel.toegang.domein.Gegevenscategorie.VEILIGHEID;

import nl.schakel.toegang.domein.Gegevenscategorie;

/**
 * The field groups of an overdracht and the data category each belongs to. This is the only place that says
 * which category a field is in: the filter, the preview and the docs all read it from here. The category is
 * fixed per field, not chosen per case, so a grant means the same thing on every overdracht.
 */
public enum Veldgroep {
    AANLEIDING("aanleiding", VEILIGHEID),
    VEILIGHEIDSBEOORDELING("veiligheidsbeoordeling", VEILIGHEID),
    GEWELDSVORMEN("geweldsvormen", VEILIGHEID),
    VEILIGHEIDSVOORWAARDEN("veiligheidsvoorwaarden", VEILIGHEID),
    RISICOFACTOREN("risicofactoren", VEILIGHEID),
    BESCHERMENDE_FACTOREN("beschermendeFactoren", VEILIGHEID),
    BETROKKENE_IDENTITEIT("betrokkenen[].identiteit", IDENTITEIT),
    BETROKKENE_BSN("betrokkenen[].bsn", BSN),
    BETROKKENE_CONTACT("betrokkenen[].contact", CONTACT),
    BETROKKENE_AFGESCHERMD_ADRES("betrokkenen[].afgeschermdAdres", ADRES_AFGESCHERMD),
    HULPVRAAG("hulpvraag", HULPVERLENING),
    GEADVISEERDE_HULP("geadviseerdeHulp", HULPVERLENING),
    HUIDIGE_HULPVERLENING("huidigeHulpverlening", HULPVERLENING),
    CONTACTPERSONEN("contactpersonen", HULPVERLENING),
    MELDER_GEGEVENS("melder", MELDER),
    JUSTITIELE_INFORMATIE("justitieleInformatie", JUSTITIEEL),
    GEZONDHEID_GEGEVENS("gezondheid", GEZONDHEID);

    private final String pad;
    private final Gegevenscategorie categorie;

    Veldgroep(String pad, Gegevenscategorie categorie) {
        this.pad = pad;
        this.categorie = categorie;
    }

    /** The JSON path of the group in the content ({@code []} = in every betrokkene). */
    public String pad() {
        return pad;
    }

    public Gegevenscategorie categorie() {
        return categorie;
    }
}
