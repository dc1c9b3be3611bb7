package nl.schakel.casusoverleg.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import nl.schakel.casusoverleg.domein.Bronnen;
import nl.schakel.casusoverleg.domein.CasusoverlegHandeling;
import nl.schakel.toegang.domein.Brontype;
import nl.schakel.toegang.domein.Handeling;
import nl.schakel.toegang.domein.Toegangsdeclaratie;

/** Flow 2 as access knows it: four resource types (two inside a parent) and their actions, checked at deployment. */
@ApplicationScoped
public class CasusoverlegDeclaratie implements Toegangsdeclaratie {

    @Override
    public String context() {
        return "casusoverleg";
    }

    @Override
    public Set<Brontype> brontypen() {
        return Bronnen.ALLE;
    }

    @Override
    public Set<? extends Handeling> handelingen() {
        return EnumSet.allOf(CasusoverlegHandeling.class);
    }
}
