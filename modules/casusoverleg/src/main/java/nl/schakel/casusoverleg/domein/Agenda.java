package nl.schakel.casusoverleg.domein;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.toegang.domein.Medewerker;

/**
 * A meeting's agenda: its items in order. Adding and reordering change the meeting (its version), so a change made
 * from a stale view is refused instead of silently undoing another's.
 */
public final class Agenda {

    private final Overleg overleg;
    private final List<Agendapunt> punten;

    public Agenda(Overleg overleg, List<Agendapunt> punten) {
        this.overleg = overleg;
        this.punten = new ArrayList<>(punten);
        this.punten.sort(Comparator.comparingInt(Agendapunt::volgnummer));
    }

    /** Puts an accepted case of the same table last on the agenda; a case is on a meeting's agenda once. */
    public Agendapunt zetOp(Aanmelding aanmelding, Medewerker door, Instant nu) {
        if (aanmelding.status() != AanmeldingStatus.GEACCEPTEERD) {
            throw new ConflictFout(Foutcodes.NIET_IN_TE_PLANNEN,
                    "Alleen een geaccepteerde aanmelding komt op de agenda; deze is " + aanmelding.status() + ".");
        }
        if (!aanmelding.overlegtafelId().equals(overleg.overlegtafelId())) {
            throw new ConflictFout(Foutcodes.NIET_IN_TE_PLANNEN, "Deze aanmelding hoort bij een andere overlegtafel.");
        }
        if (punten.stream().anyMatch(p -> p.aanmeldingId().equals(aanmelding.id()))) {
            throw new ConflictFout(Foutcodes.NIET_IN_TE_PLANNEN, "Deze casus staat al op de agenda van dit overleg.");
        }
        int volgnummer = punten.stream().mapToInt(Agendapunt::volgnummer).max().orElse(0) + 1;
        Agendapunt punt = new Agendapunt(overleg.id(), volgnummer, aanmelding.id(), door.id(), nu);
        punten.add(punt);
        overleg.agendaGewijzigd(nu);
        return punt;
    }

    /** The items in the order given, numbered 1, 2, 3...; the order must name exactly this agenda's items, once each. */
    public void orden(List<UUID> volgorde, Instant nu) {
        List<UUID> gevraagd = volgorde == null ? List.of() : volgorde;
        Map<UUID, Agendapunt> perId = punten.stream().collect(Collectors.toMap(Agendapunt::id, Function.identity()));
        if (gevraagd.size() != punten.size() || !perId.keySet().equals(new HashSet<>(gevraagd))) {
            throw new ValidatieFout(Foutcodes.ONGELDIGE_AGENDAWIJZIGING, "De nieuwe volgorde noemt niet precies de agendapunten van dit overleg.",
                    List.of(new OngeldigeParameter("agendapunten", "Elk agendapunt van dit overleg precies één keer.")));
        }
        for (int i = 0; i < gevraagd.size(); i++) {
            perId.get(gevraagd.get(i)).zetOp(i + 1, nu);
        }
        punten.sort(Comparator.comparingInt(Agendapunt::volgnummer));
        overleg.agendaGewijzigd(nu);
    }

    public List<Agendapunt> punten() {
        return List.copyOf(punten);
    }
}
