package nl.schakel.web.overdracht;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import nl.schakel.overdracht.domein.ContactpersoonVeiligThuis;

/**
 * Whom the receiver calls at Veilig Thuis about the case: {@code naam} and a Dutch work {@code telefoon}. Sent with the
 * verzending (both required, 400 OVD-022) and returned on the overdracht to every caller that may read it.
 */
@JsonbPropertyOrder({"naam", "telefoon"})
public record ContactpersoonVeiligThuisJson(String naam, String telefoon) {

    ContactpersoonVeiligThuis alsDomein() {
        return new ContactpersoonVeiligThuis(naam, telefoon);
    }

    static ContactpersoonVeiligThuisJson van(ContactpersoonVeiligThuis contact) {
        return new ContactpersoonVeiligThuisJson(contact.naam(), contact.telefoon());
    }
}
