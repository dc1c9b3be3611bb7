package nl.schakel.overdracht.toepassing;

import static nl.schakel.overdracht.domein.OverdrachtHandeling.MONITORING_ZOEKEN;
import static nl.schakel.overdracht.domein.OverdrachtHandeling.TERUGLEGGINGEN_ZOEKEN;
import static nl.schakel.overdracht.domein.OverdrachtHandeling.ZOEKEN;
import static nl.schakel.overdracht.domein.OverdrachtStatus.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.schakel.overdracht.domein.OverdrachtStatus;
import nl.schakel.overdracht.domein.Termijnen;
import nl.schakel.overdracht.infrastructuur.MonitoringmomentRepository;
import nl.schakel.overdracht.infrastructuur.OverdrachtRepository;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.toepassing.Toegangsdienst;
import nl.schakel.toegang.toepassing.Toegangspoort;
import nl.schakel.toegang.toepassing.werkvoorraad.Werkvoorraadbron;
import nl.schakel.toegang.toepassing.werkvoorraad.Werkvoorraadtegel;

/**
 * Flow 1's share of "Mijn werk". Every count runs over the caller's live grants through the same list filter as the
 * lists it leads to ({@link Toegangsdienst#zoekfilter}), so a tile never counts what its list would not show. Which
 * tiles a caller gets follows the roles: a receiving partner (wijkteam, CIT, Raad, Filomena, reclassering, and Veilig
 * Thuis's crisis desk, which sees its organisation's overdrachten) its inbox, and a receiving partner what it returned
 * ({@link Terugleggingzaken}: its own steps, not a grant); the procesregisseur what it sent and
 * the monitoring that is due; the teamleider what was escalated. The role is checked before the filter is asked for,
 * so a caller without it gets no tile rather than a logged refusal.
 */
@ApplicationScoped
@Transactional
public class OverdrachtWerkvoorraad implements Werkvoorraadbron {

    public static final String STROOM = "overdracht";

    private static final Set<Rol> INBOXROLLEN = EnumSet.of(Rol.WIJKTEAMMEDEWERKER, Rol.RAADSONDERZOEKER, Rol.CIT_MEDEWERKER,
            Rol.FILOMENA_MEDEWERKER, Rol.RECLASSERINGSWERKER, Rol.CRISISMEDEWERKER);
    /** The receiving partners' roles: they accept or return what Veilig Thuis sends them. */
    private static final Set<Rol> ONTVANGERROLLEN = EnumSet.of(Rol.WIJKTEAMMEDEWERKER, Rol.RAADSONDERZOEKER, Rol.CIT_MEDEWERKER,
            Rol.FILOMENA_MEDEWERKER, Rol.RECLASSERINGSWERKER);
    /** The statuses of the inbox page. */
    private static final Set<OverdrachtStatus> INBOX = EnumSet.of(VERZONDEN, ONTVANGEN, GEACCEPTEERD, TERUGGELEGD);
    private static final Set<OverdrachtStatus> OPEN = EnumSet.of(VERZONDEN, ONTVANGEN);
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    @Inject
    Toegangspoort poort;

    @Inject
    Toegangsdienst toegang;

    @Inject
    OverdrachtRepository overdrachten;

    @Inject
    MonitoringmomentRepository momenten;

    @Inject
    Termijnen termijnen;

    @Inject
    Terugleggingzaken terugleggingen;

    Clock klok = Clock.systemUTC();

    @Override
    public List<Werkvoorraadtegel> tegelsVoor(Medewerker medewerker) {
        List<Werkvoorraadtegel> tegels = new ArrayList<>();
        if (!poort.regel(ZOEKEN).staatToe(medewerker.rollen())) {
            return tegels;
        }
        Instant nu = Instant.now(klok);
        Tellingen inbox = null;
        Tellingen verstuurd = null;
        if (medewerker.rollen().stream().anyMatch(INBOXROLLEN::contains)) {
            inbox = tellingen(medewerker, INBOX, nu);
            long verlopen = inbox.verlopen();
            tegels.add(tegel("inbox-nieuw", "Nieuwe overdrachten", inbox.aantal(VERZONDEN), false, "#/inbox?bak=nieuw"));
            tegels.add(tegel("inbox-in-behandeling", "Overdrachten in behandeling", inbox.aantal(ONTVANGEN, GEACCEPTEERD), false,
                    "#/inbox?bak=in-behandeling"));
            // a receiver that returns an overdracht loses its grant at once (OVD-410): its inbox never holds a returned one,
            // so only the crisis desk, whose own organisation sent them, gets this tile; a receiver's returns have their own
            if (medewerker.heeftRol(Rol.CRISISMEDEWERKER)) {
                tegels.add(tegel("inbox-teruggelegd", "Teruggelegde overdrachten", inbox.aantal(TERUGGELEGD), false,
                        "#/inbox?bak=teruggelegd"));
            }
            tegels.add(tegel("inbox-verlopen", "Over de acceptatietermijn", verlopen, verlopen > 0, "#/inbox?bak=verlopen"));
        }
        // what a receiving partner returned: its own steps, listed after its grants ended (the same rows as the list)
        if (medewerker.rollen().stream().anyMatch(ONTVANGERROLLEN::contains) && medewerker.organisatieCode().isPresent()
                && poort.regel(TERUGLEGGINGEN_ZOEKEN).staatToe(medewerker.rollen())) {
            tegels.add(tegel("door-ons-teruggelegd", "Teruggelegd, laatste 30 dagen", terugleggingen.telRecent(medewerker, nu), false,
                    "#/teruggelegd"));
        }
        if (medewerker.heeftRol(Rol.PROCESREGISSEUR)) {
            verstuurd = tellingen(medewerker, EnumSet.of(CONCEPT, VERZONDEN, ONTVANGEN, TERUGGELEGD), nu);
            long verlopen = verstuurd.verlopen();
            tegels.add(tegel("verstuurd-concept", "Concepten, nog niet verstuurd", verstuurd.aantal(CONCEPT), false,
                    "#/verstuurd?groep=concept"));
            tegels.add(tegel("verstuurd-open", "Verstuurd, wacht op acceptatie", verstuurd.aantal(VERZONDEN, ONTVANGEN),
                    verlopen > 0, "#/verstuurd?groep=open"));
            tegels.add(tegel("verstuurd-teruggelegd", "Teruggelegd door de ontvanger", verstuurd.aantal(TERUGGELEGD), false,
                    "#/verstuurd?groep=teruggelegd"));
            if (poort.regel(MONITORING_ZOEKEN).staatToe(medewerker.rollen())) {
                MonitoringmomentRepository.Monitoringtelling open = momenten.telOpen(
                        toegang.zoekfilter(medewerker, MONITORING_ZOEKEN, "m.overdracht_id"), nu.atZone(NEDERLAND).toLocalDate());
                tegels.add(tegel("monitoring-te-doen", "Monitoringmomenten om uit te voeren", open.teDoen(),
                        open.achterstallig() > 0, "#/monitoring"));
            }
        }
        if (medewerker.heeftRol(Rol.TEAMLEIDER)) {
            // the escalated count only looks at the open statuses: counts over the inbox's or the sent statuses hold it
            // already (the same filter), so a teamleider who also has one of those roles costs no second query
            Tellingen metOpen = verstuurd != null ? verstuurd : inbox != null ? inbox : tellingen(medewerker, OPEN, nu);
            long opgeschaald = metOpen.opgeschaald();
            tegels.add(tegel("opgeschaald", "Opgeschaald: over de termijn en nog open", opgeschaald, opgeschaald > 0,
                    "#/opgeschaald"));
        }
        return tegels;
    }

    private Tellingen tellingen(Medewerker medewerker, Set<OverdrachtStatus> statussen, Instant nu) {
        return new Tellingen(overdrachten.tellingen(toegang.zoekfilter(medewerker, ZOEKEN, "o.id"), statussen,
                termijnen.verlopenVoor(nu)));
    }

    /** The counts per status of one query; overdue and escalated count only while the status is open. */
    private record Tellingen(Map<OverdrachtStatus, Overdrachttelling> perStatus) {

        long aantal(OverdrachtStatus... statussen) {
            return Arrays.stream(statussen).mapToLong(status -> van(status).aantal()).sum();
        }

        /** The same rule as {@code Overdracht.isAcceptatieVerlopen}: open, and past the deadline day. */
        long verlopen() {
            return OPEN.stream().mapToLong(status -> van(status).verzondenVoorDeGrens()).sum();
        }

        long opgeschaald() {
            return OPEN.stream().mapToLong(status -> van(status).opgeschaald()).sum();
        }

        private Overdrachttelling van(OverdrachtStatus status) {
            return perStatus.getOrDefault(status, Overdrachttelling.GEEN);
        }
    }

    private static Werkvoorraadtegel tegel(String code, String titel, long aantal, boolean aandacht, String scherm) {
        return new Werkvoorraadtegel(STROOM, code, titel, aantal, aandacht, scherm);
    }
}
