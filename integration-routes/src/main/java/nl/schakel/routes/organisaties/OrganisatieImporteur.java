package nl.schakel.routes.organisaties;

import java.util.Optional;

import nl.schakel.routes.api.ApiProbleemException;
import nl.schakel.routes.api.BestaandeOrganisatie;
import nl.schakel.routes.api.OrganisatiesApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Zet één goedgekeurde regel door naar de API: aanmaken als de code onbekend is, bijwerken (met
 * If-Match) alleen als een veld verschilt. Een probleem van de API bij deze regel gaat naar het
 * verslag; onbereikbaarheid gaat als uitzondering naar de foutafhandeling van de route (herhalen).
 */
public class OrganisatieImporteur {

    private static final Logger LOG = LoggerFactory.getLogger(OrganisatieImporteur.class);

    private final OrganisatiesApi api;

    public OrganisatieImporteur(OrganisatiesApi api) {
        this.api = api;
    }

    public void importeer(OrganisatieRegel regel, ImportVerslag verslag) {
        Organisatie gewenst = regel.organisatie();
        try {
            Optional<BestaandeOrganisatie> bestaand = api.zoek(gewenst.code());
            if (bestaand.isEmpty()) {
                api.maakAan(gewenst);
                verslag.registreerAangemaakt();
                LOG.debug("{} aangemaakt", gewenst.code());
            } else if (bestaand.get().gegevens().komtOvereenMet(gewenst)) {
                verslag.registreerOngewijzigd();
            } else {
                api.werkBij(bestaand.get(), gewenst);
                verslag.registreerBijgewerkt();
                LOG.debug("{} bijgewerkt", gewenst.code());
            }
        } catch (ApiProbleemException p) {
            LOG.info("Regel {} ({}) afgewezen door de API: {} {}", regel.regel(), gewenst.code(), p.status(), p.code());
            verslag.registreerFout(new Importfout(regel.regel(), gewenst.code(), p.code(), p.detail()));
        }
    }
}
