package nl.schakel.overdracht.infrastructuur;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.schakel.overdracht.domein.Momentopname;

/** The parties recorded with a transition, as jsonb (see {@link InhoudConverter} for why {@code Object}). */
@Converter
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
