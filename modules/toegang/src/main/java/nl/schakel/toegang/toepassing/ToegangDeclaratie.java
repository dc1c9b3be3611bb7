package nl.schakel.toegang.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import nl.schakel.toegang.domein.Brontype;
import nl.schakel.toegang.domein.Handeling;
import nl.schakel.toegang.domein.ToegangHandeling;
import nl.schakel.toegang.domein.Toegangsdeclaratie;

/** Access's own actions (logboek, break-glass review); it owns no resource type. */
@ApplicationScoped
public class ToegangDeclaratie implements Toegangsdeclaratie {

    @Override
    public String context() {
        return "toegang";
    }

    @Override
    public Set<Brontype> brontypen() {
        return Set.of();
    }

    @Override
    public Set<? extends Handeling> handelingen() {
        return EnumSet.allOf(ToegangHandeling.class);
    }
}
