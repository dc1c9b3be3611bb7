package nl.schakel.toegang.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.schakel.partners.toepassing.PartnerRegister;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.ToegangHandeling;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import nl.schakel.toegang.domein.bewaren.Bewaartermijnen;
import nl.schakel.toegang.domein.register.Realm;
import nl.schakel.toegang.domein.register.Verwerkingsregister;
import nl.schakel.toegang.infrastructuur.Realmbestand;
import nl.schakel.toegang.infrastructuur.VerwerkingsregisterPdf;

/**
 * The register of processing for the roles of {@code verwerkingsregister.lezen}, generated per request from the
 * configuration the platform runs on, so it cannot drift from it. It holds no personal data (purposes, kinds of data
 * and of people, organisations, roles, terms): reading it is no access to personal data and writes no logboek row;
 * a refusal is logged like every refusal of the gate.
 */
@ApplicationScoped
public class Verwerkingsregisterinzage {

    @Inject
    Toegangspoort poort;

    @Inject
    Toegangsbeleid beleid;

    @Inject
    Bewaartermijnen termijnen;

    @Inject
    PartnerRegister partners;

    private volatile Realm realm;

    public Verwerkingsregister lees(Medewerker medewerker) {
        poort.vereisRol(medewerker, ToegangHandeling.VERWERKINGSREGISTER_LEZEN, Optional.empty());
        return Verwerkingsregister.uit(beleid, termijnen, realm(),
                code -> partners.organisatieMetCode(code).map(o -> o.type().name()));
    }

    public byte[] pdf(Medewerker medewerker) {
        return VerwerkingsregisterPdf.maak(lees(medewerker));
    }

    /**
     * Generates the register once without the partner register (at deployment the migrations may not have run yet),
     * so a configuration the register cannot describe stops the deployment; the number of processing activities.
     */
    public int controleer() {
        return Verwerkingsregister.uit(beleid, termijnen, realm(), code -> Optional.empty()).verwerkingen().size();
    }

    private Realm realm() {
        if (realm == null) {
            realm = Realmbestand.lees();
        }
        return realm;
    }
}
