package nl.schakel.overdracht.infrastructuur;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.schakel.overdracht.domein.Momentopname;

/** The parties recorded with a transition, as jsonb (see {@link InhoudConverter} for why {@code Object}). */
// autoApply: every attribute of this type is converted without the entity naming the converter, so the domain
// does not depend on its storage (architecture rule "domein hangt niet af van de eigen infrastructuur")
@Converter(autoApply = true)
public class MomentopnameConverter implements AttributeConverter<Momentopname, Object> {

    @Override
    public Object convertToDatabaseColumn(Momentopname momentopname) {
        return JsonbKolom.schrijf(momentopname);
    }

    @Override
    public Momentopname convertToEntityAttribute(Object kolom) {
        return JsonbKolom.lees(kolom, Momentopname.class);
    }
}
