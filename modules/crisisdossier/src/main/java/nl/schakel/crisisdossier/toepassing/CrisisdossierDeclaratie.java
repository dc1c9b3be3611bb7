package nl.schakel.crisisdossier.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import nl.schakel.crisisdossier.domein.Bronnen;
import nl.schakel.crisisdossier.domein.CrisisdossierHandeling;
import nl.schakel.toegang.domein.Brontype;
import nl.schakel.toegang.domein.Handeling;
import nl.schakel.toegang.domein.Toegangsdeclaratie;

/** Flow 3 as access knows it: the file with its entries and tasks inside it, and their actions, checked at deployment. */
@ApplicationScoped
public class CrisisdossierDeclaratie implements Toegangsdeclaratie {

    @Override
    public String context() {
        return "crisisdossier";
    }

    @Override
    public Set<Brontype> brontypen() {
        return Bronnen.ALLE;
    }

    @Override
    public Set<? extends Handeling> handelingen() {
        return EnumSet.allOf(CrisisdossierHandeling.class);
    }
}
