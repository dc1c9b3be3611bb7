package nl.schakel.toegang.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.verzoek.Verzoek;
import nl.schakel.toegang.domein.verzoek.VerzoekHandeling;
import nl.schakel.toegang.infrastructuur.VerzoekRepository;

/**
 * The functionaris gegevensbescherming's view of every request of every contact point with its clock: who must still
 * answer and whether it is overdue, the overdue ones first. Decided by role only ({@code verzoek.overzien}); the fg
 * oversees the joint processing and belongs to no contact point. Each listed request is logged, naming its persons,
 * like the contact point's own list; what the fg receives names no person (see the web layer's json).
 */
@ApplicationScoped
@Transactional
public class Verzoektermijnen {

    private static final int MAXIMUM = 200;

    @Inject
    Toegangspoort poort;

    @Inject
    VerzoekRepository verzoeken;

    @Inject
    Verzoekbehandeling behandeling;

    public List<Verzoek> lijst(Medewerker medewerker) {
        poort.vereisRol(medewerker, VerzoekHandeling.OVERZIEN, Optional.empty());
        List<Verzoek> lijst = verzoeken.alle(MAXIMUM);
        lijst.forEach(v -> poort.registreer(medewerker, VerzoekHandeling.OVERZIEN, Optional.of(new Bron(VerzoekHandeling.VERZOEK, v.id())),
                v.betrokkenen(), Doel.PRIVACYBEHEER));
        return lijst;
    }

    /** For Mijn werk: how many requests of all contact points are overdue; empty for other roles. */
    public Optional<Long> telTeLaat(Medewerker medewerker) {
        if (!poort.regel(VerzoekHandeling.OVERZIEN).staatToe(medewerker.rollen())) {
            return Optional.empty();
        }
        return Optional.of(verzoeken.telTeLaat(behandeling.vandaag()));
    }
}
