package nl.schakel.casusoverleg.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import nl.schakel.casusoverleg.domein.Overlegtafel;
import nl.schakel.casusoverleg.infrastructuur.OverlegtafelRepository;

/**
 * The tables as configured: who chairs, who organises, who may register, the criteria and the terms. No personal data,
 * so no grant and no logboek row: every signed-in medewerker may read them (a partner needs the criteria to register).
 */
@ApplicationScoped
@Transactional
public class Overlegtafels {

    @Inject
    OverlegtafelRepository tafels;

    public List<Overlegtafel> alle() {
        return tafels.alle();
    }

    public Overlegtafel tafel(UUID id) {
        return tafels.tafel(id).orElseThrow(() -> Casusbronnen.nietGevonden("Deze overlegtafel"));
    }
}
