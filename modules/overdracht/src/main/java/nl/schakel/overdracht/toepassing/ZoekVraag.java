package nl.schakel.overdracht.toepassing;

import nl.schakel.gedeeld.sql.SqlPredicaat;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.gedeeld.pagina.Cursor;
import nl.schakel.overdracht.domein.OverdrachtStatus;

/**
 * A search over overdrachten, newest change first, paged by cursor. {@code toegang} is required: the search
 * cannot run without the caller saying which rows may be seen (fail closed); see {@link SqlPredicaat}.
 *
 * @param toegang the access filter, plugged into the SQL as {@code and (...)}
 * @param statussen empty = every status
 * @param ids when present, only these overdrachten (an empty set finds nothing)
 * @param pagina the opaque cursor of {@code _links.next}, if any
 * @param naam a family name to search for, with its own access filter over grants that show names
 */
public record ZoekVraag(
        SqlPredicaat toegang,
        Set<OverdrachtStatus> statussen,
        Optional<String> ontvangendeOrganisatie,
        Optional<String> eigenaarOrganisatie,
        Optional<Instant> gewijzigdNa,
        Optional<Set<UUID>> ids,
        Optional<String> pagina,
        int grootte,
        Optional<Naamvraag> naam) {

    public ZoekVraag {
        Objects.requireNonNull(toegang, "toegang");
        statussen = statussen.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statussen));
        ids = ids.map(Set::copyOf);
        if (grootte < 1 || grootte > Cursor.MAXIMALE_GROOTTE) {
            throw new IllegalArgumentException("grootte buiten 1.." + Cursor.MAXIMALE_GROOTTE + "; gebruik Cursor.grootte()");
        }
    }

    /** Every overdracht the access filter lets through, first page of the default size. */
    public static ZoekVraag binnen(SqlPredicaat toegang) {
        return new ZoekVraag(toegang, Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Cursor.STANDAARD_GROOTTE, Optional.empty());
    }

    public ZoekVraag metStatussen(Set<OverdrachtStatus> nieuw) {
        return new ZoekVraag(toegang, nieuw, ontvangendeOrganisatie, eigenaarOrganisatie, gewijzigdNa, ids, pagina, grootte, naam);
    }

    /** The inbox of a receiving organisation. */
    public ZoekVraag voorOntvanger(String code) {
        return new ZoekVraag(toegang, statussen, Optional.of(code), eigenaarOrganisatie, gewijzigdNa, ids, pagina, grootte, naam);
    }

    /** The sender's list. */
    public ZoekVraag vanEigenaar(String code) {
        return new ZoekVraag(toegang, statussen, ontvangendeOrganisatie, Optional.of(code), gewijzigdNa, ids, pagina, grootte, naam);
    }

    public ZoekVraag gewijzigdNa(Instant moment) {
        return new ZoekVraag(toegang, statussen, ontvangendeOrganisatie, eigenaarOrganisatie, Optional.of(moment), ids,
                pagina, grootte, naam);
    }

    /** Restricts to these ids, e.g. the ones a grant lookup returned. */
    public ZoekVraag alleen(Set<UUID> toegestaan) {
        return new ZoekVraag(toegang, statussen, ontvangendeOrganisatie, eigenaarOrganisatie, gewijzigdNa,
                Optional.of(toegestaan), pagina, grootte, naam);
    }

    public ZoekVraag pagina(String cursor, int paginaGrootte) {
        return new ZoekVraag(toegang, statussen, ontvangendeOrganisatie, eigenaarOrganisatie, gewijzigdNa, ids,
                Optional.ofNullable(cursor).filter(c -> !c.isBlank()), paginaGrootte, naam);
    }

    /** Only overdrachten where a betrokkene's family name contains {@code achternaam} (case-insensitive). */
    public ZoekVraag metNaam(SqlPredicaat toegangTotNamen, String achternaam) {
        return new ZoekVraag(toegang, statussen, ontvangendeOrganisatie, eigenaarOrganisatie, gewijzigdNa, ids, pagina,
                grootte, Optional.of(new Naamvraag(toegangTotNamen, achternaam)));
    }

    /**
     * A search by family name. The name is data of category IDENTITEIT: {@code toegang} is the list filter over grants
     * that include it, so an overdracht is never found by a name its grant does not show the caller.
     */
    public record Naamvraag(SqlPredicaat toegang, String achternaam) {

        public Naamvraag {
            Objects.requireNonNull(toegang, "toegang");
            Objects.requireNonNull(achternaam, "achternaam");
        }

        /** A LIKE pattern for "contains", its wildcards escaped, lower case. */
        public String patroon() {
            return "%" + achternaam.strip().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        }
    }

    /** The decoded cursor; throws {@code API-002} for a forged one. */
    public Optional<Zoekpositie> positie() {
        return pagina.flatMap(Zoekpositie::uitCursor);
    }
}
