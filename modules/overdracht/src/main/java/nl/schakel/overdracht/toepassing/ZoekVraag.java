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
 */
public record ZoekVraag(
        SqlPredicaat toegang,
        Set<OverdrachtStatus> statussen,
        Optional<String> ontvangendeOrganisatie,
        Optional<String> eigenaarOrganisatie,
        Optional<Instant> gewijzigdNa,
        Optional<Set<UUID>> ids,
        Optional<String> pagina,
        int grootte) {

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
                Optional.empty(), Cursor.STANDAARD_GROOTTE);
    }

    public ZoekVraag metStatussen(Set<OverdrachtStatus> nieuw) {
        return new ZoekVraag(toegang, nieuw, ontvangendeOrganisatie, eigenaarOrganisatie, gewijzigdNa, ids, pagina, grootte);
    }

    /** The inbox of a receiving organisation. */
    public ZoekVraag voorOntvanger(String code) {
        return new ZoekVraag(toegang, statussen, Optional.of(code), eigenaarOrganisatie, gewijzigdNa, ids, pagina, grootte);
    }

    /** The sender's list. */
    public ZoekVraag vanEigenaar(String code) {
        return new ZoekVraag(toegang, statussen, ontvangendeOrganisatie, Optional.of(code), gewijzigdNa, ids, pagina, grootte);
    }

    public ZoekVraag gewijzigdNa(Instant moment) {
        return new ZoekVraag(toegang, statussen, ontvangendeOrganisatie, eigenaarOrganisatie, Optional.of(moment), ids,
                pagina, grootte);
    }

    /** Restricts to these ids, e.g. the ones a grant lookup returned. */
    public ZoekVraag alleen(Set<UUID> toegestaan) {
        return new ZoekVraag(toegang, statussen, ontvangendeOrganisatie, eigenaarOrganisatie, gewijzigdNa,
                Optional.of(toegestaan), pagina, grootte);
    }

    public ZoekVraag pagina(String cursor, int paginaGrootte) {
        return new ZoekVraag(toegang, statussen, ontvangendeOrganisatie, eigenaarOrganisatie, gewijzigdNa, ids,
                Optional.ofNullable(cursor).filter(c -> !c.isBlank()), paginaGrootte);
    }

    /** The decoded cursor; throws {@code API-002} for a forged one. */
    public Optional<Zoekpositie> positie() {
        return pagina.flatMap(Zoekpositie::uitCursor);
    }
}
