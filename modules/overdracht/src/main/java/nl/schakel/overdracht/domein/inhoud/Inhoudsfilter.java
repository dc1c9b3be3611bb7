package nl.schakel.overdracht.domein.inhoud;

import static nl.schakel.overdracht.domein.inhoud.Veldgroep.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.schakel.toegang.domein.Categoriefilter;
import nl.schakel.toegang.domein.Gecategoriseerd;
import nl.schakel.toegang.domein.Gegevenscategorie;

/**
 * Data minimisation for one reader: a copy of the content with every field group outside the granted
 * categories left out ({@code null}), and the categories that were left out. Each field group is a part with its
 * category for the one {@link Categoriefilter} every flow uses; the content's owner is not a reader's reason here
 * (Veilig Thuis's grant already covers every category), so the filter is by category alone.
 *
 * <p>Only categories that actually held data here are reported as withheld: telling a wijkteam that
 * GEZONDHEID was withheld when there is no health information would send it asking for nothing. The price is
 * that the reader learns that such data exists, which is what the access model wants ("so a partner knows to
 * ask, without seeing").
 */
public final class Inhoudsfilter {

    private final Categoriefilter filter;
    private final Set<Gegevenscategorie> achtergehouden = EnumSet.noneOf(Gegevenscategorie.class);

    private Inhoudsfilter(Set<Gegevenscategorie> toegestaan) {
        this.filter = Categoriefilter.voor(toegestaan, Optional.empty());
    }

    /** One field group's value as a part of the content. */
    private record Veldwaarde(Veldgroep groep, Object waarde) implements Gecategoriseerd {

        @Override
        public Gegevenscategorie categorie() {
            return groep.categorie();
        }

        @Override
        public String eigenaar() {
            return "";
        }

        @Override
        public boolean heeftGegevens() {
            return Inhoudsfilter.heeftGegevens(waarde);
        }
    }

    public static GefilterdeInhoud filter(OverdrachtInhoud inhoud, Set<Gegevenscategorie> toegestaan) {
        Inhoudsfilter filter = new Inhoudsfilter(toegestaan);
        OverdrachtInhoud gefilterd = new OverdrachtInhoud(
                filter.toon(AANLEIDING, inhoud.aanleiding()),
                filter.toon(VEILIGHEIDSBEOORDELING, inhoud.veiligheidsbeoordeling()),
                filter.toon(GEWELDSVORMEN, inhoud.geweldsvormen()),
                filter.betrokkenen(inhoud.betrokkenen()),
                filter.toon(VEILIGHEIDSVOORWAARDEN, inhoud.veiligheidsvoorwaarden()),
                filter.toon(RISICOFACTOREN, inhoud.risicofactoren()),
                filter.toon(BESCHERMENDE_FACTOREN, inhoud.beschermendeFactoren()),
                filter.toon(HULPVRAAG, inhoud.hulpvraag()),
                filter.toon(GEADVISEERDE_HULP, inhoud.geadviseerdeHulp()),
                filter.toon(HUIDIGE_HULPVERLENING, inhoud.huidigeHulpverlening()),
                filter.toon(CONTACTPERSONEN, inhoud.contactpersonen()),
                filter.toon(MELDER_GEGEVENS, inhoud.melder()),
                filter.toon(JUSTITIELE_INFORMATIE, inhoud.justitieleInformatie()),
                filter.toon(GEZONDHEID_GEGEVENS, inhoud.gezondheid()));
        List<Gegevenscategorie> gesorteerd = new ArrayList<>(filter.achtergehouden);
        gesorteerd.sort(Comparator.comparing(Gegevenscategorie::name));
        return new GefilterdeInhoud(gefilterd, gesorteerd);
    }

    private List<Betrokkene> betrokkenen(List<Betrokkene> betrokkenen) {
        if (betrokkenen == null) {
            return null;
        }
        List<Betrokkene> gefilterd = new ArrayList<>();
        for (Betrokkene b : betrokkenen) {
            gefilterd.add(b == null ? null : new Betrokkene(b.id(), b.rol(),
                    toon(BETROKKENE_IDENTITEIT, b.identiteit()),
                    toon(BETROKKENE_BSN, b.bsn()),
                    toon(BETROKKENE_CONTACT, b.contact()),
                    toon(BETROKKENE_AFGESCHERMD_ADRES, b.afgeschermdAdres())));
        }
        return gefilterd;
    }

    private <T> T toon(Veldgroep groep, T waarde) {
        Veldwaarde deel = new Veldwaarde(groep, waarde);
        if (filter.toont(deel)) {
            return waarde;
        }
        if (deel.heeftGegevens()) {
            achtergehouden.add(groep.categorie());
        }
        return null;
    }

    private static boolean heeftGegevens(Object waarde) {
        if (waarde instanceof String tekst) {
            return !tekst.isBlank();
        }
        if (waarde instanceof Collection<?> lijst) {
            return !lijst.isEmpty();
        }
        return waarde != null;
    }
}
