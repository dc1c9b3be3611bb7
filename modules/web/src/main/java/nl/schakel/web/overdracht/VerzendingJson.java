package nl.schakel.web.overdracht;

import java.util.List;
import nl.schakel.overdracht.domein.ContactpersoonVeiligThuis;
import nl.schakel.toegang.domein.Gegevenscategorie;

/**
 * The body of {@code POST /overdrachten/{id}/verzending}: to whom, which categories the receiver may see, why the
 * shelter address is shared (only with ADRES_AFGESCHERMD), and whom the receiver calls at Veilig Thuis.
 */
public record VerzendingJson(String ontvangendeOrganisatie, List<Gegevenscategorie> categorieen, String redenAfgeschermdAdres,
        ContactpersoonVeiligThuisJson contactpersoonVeiligThuis) {

    ContactpersoonVeiligThuis contact() {
        return contactpersoonVeiligThuis == null ? null : contactpersoonVeiligThuis.alsDomein();
    }
}
