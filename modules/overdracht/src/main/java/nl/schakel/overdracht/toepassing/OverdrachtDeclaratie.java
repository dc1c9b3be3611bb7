package nl.schakel.overdracht.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import nl.schakel.overdracht.domein.OverdrachtHandeling;
import nl.schakel.toegang.domein.Brontype;
import nl.schakel.toegang.domein.Handeling;
import nl.schakel.toegang.domein.Toegangsdeclaratie;

/** Flow 1 as access knows it: one resource type and its actions, checked against the policy at deployment. */
@ApplicationScoped
public class OverdrachtDeclaratie implements Toegangsdeclaratie {

    @Override
    public String context() {
        return "overdracht";
    }

    @Override
    public Set<Brontype> brontypen() {
        return Set.of(OverdrachtHandeling.OVERDRACHT);
    }

    @Override
    public Set<? extends Handeling> handelingen() {
        return EnumSet.allOf(OverdrachtHandeling.class);
    }
}
