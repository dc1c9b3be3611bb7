package nl.schakel.overdracht.toepassing;

import static nl.schakel.overdracht.domein.OverdrachtHandeling.TERUGLEGGINGEN_ZOEKEN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.schakel.gedeeld.pagina.Cursor;
import nl.schakel.gedeeld.pagina.Pagina;
import nl.schakel.overdracht.domein.OverdrachtHandeling;
import nl.schakel.overdracht.domein.Uitvoerder;
import nl.schakel.overdracht.infrastructuur.OverdrachtRepository;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.toepassing.Toegangspoort;

/**
 * "Door ons teruggelegd": what an organisation that returned overdrachten may still see of them. Returning ends its
 * grant at once, so no grant can decide this list: the policy's rule {@code overdracht.terugleggingen-zoeken} decides by
 * role, and the rows are the organisation's own return steps (who, when, why, to which Veilig Thuis) — its own actions
 * on record, the same facts {@code OVD-410} tells it for one overdracht, never the case's content. Filtered in SQL on
 * the caller's organisation; one logboek row per listed overdracht, naming no betrokkene (none is disclosed).
 */
@ApplicationScoped
@Transactional
public class Terugleggingzaken {

    /** The window of the Mijn werk count; the screen counts the same window in the list. */
    public static final Duration RECENT = Duration.ofDays(30);

    @Inject
    Toegangspoort poort;

    @Inject
    OverdrachtRepository overdrachten;

    /** A page of the caller's organisation's returns, newest first; a role outside the rule is 403 TGN-002, logged. */
    public Pagina<Teruglegging> zoek(Medewerker medewerker, String pagina, Integer paginaGrootte) {
        poort.vereisRol(medewerker, TERUGLEGGINGEN_ZOEKEN, Optional.empty());
        String organisatie = eigenOrganisatie(medewerker);
        int grootte = Cursor.grootte(paginaGrootte);
        Pagina<Teruglegging> gevonden = Pagina.uit(
                overdrachten.terugleggingen(organisatie, Teruglegging.Positie.uitCursor(pagina), grootte), grootte,
                Teruglegging::alsCursor);
        poort.registreerLijst(medewerker, TERUGLEGGINGEN_ZOEKEN, gevonden.items().stream()
                .map(t -> new Toegangspoort.Vermelding(new Bron(OverdrachtHandeling.OVERDRACHT, t.overdracht()), List.of()))
                .toList(), Doel.OVERDRACHT);
        return gevonden;
    }

    /**
     * The count of "Mijn werk": the list's rows of the last {@link #RECENT}, for a caller the rule allows (the caller checks
     * the role). A count of every return ever would only grow; the recent ones are what a team still talks about.
     */
    public long telRecent(Medewerker medewerker, Instant nu) {
        return overdrachten.telTerugleggingen(eigenOrganisatie(medewerker), nu.minus(RECENT));
    }

    /**
     * The organisation whose steps are listed: the caller's own, as the 410 answer takes it. A caller without one (no
     * organisation in its token) made no return; it is refused as not the party, logged.
     */
    private String eigenOrganisatie(Medewerker medewerker) {
        return medewerker.organisatieCode().orElseThrow(() -> poort.weiger(medewerker, TERUGLEGGINGEN_ZOEKEN, Optional.empty(),
                Uitvoerder.VERKEERDE_PARTIJ, "Alleen een organisatie die overdrachten ontvangt, heeft er teruggelegd."));
    }
}
