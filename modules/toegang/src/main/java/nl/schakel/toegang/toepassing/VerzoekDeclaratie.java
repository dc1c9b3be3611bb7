package nl.schakel.toegang.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import nl.schakel.toegang.domein.Brontype;
import nl.schakel.toegang.domein.Handeling;
import nl.schakel.toegang.domein.Toegangsdeclaratie;
import nl.schakel.toegang.domein.verzoek.VerzoekHandeling;

/** The actions on requests of data subjects; they own no resource type that grants name. */
@ApplicationScoped
public class VerzoekDeclaratie implements Toegangsdeclaratie {

    @Override
    public String context() {
        return "verzoeken";
    }

    @Override
    public Set<Brontype> brontypen() {
        return Set.of();
    }

    @Override
    public Set<? extends Handeling> handelingen() {
        return EnumSet.allOf(VerzoekHandeling.class);
    }
}
