package nl.schakel.overdracht.infrastructuur;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.schakel.overdracht.domein.inhoud.OverdrachtInhoud;

/**
 * The content as jsonb. The database type is {@code Object}, not {@code String}: with String, EclipseLink
 * binds varchar and reads with getString, and the jsonb column refuses the write (architecture.md).
 */
// autoApply: every attribute of this type is converted without the entity naming the converter, so the domain
// does not depend on its storage (architecture rule "domein hangt niet af van de eigen infrastructuur")
@Converter(autoApply = true)
public class InhoudConverter implements AttributeConverter<OverdrachtInhoud, Object> {

    @Override
    public Object convertToDatabaseColumn(OverdrachtInhoud inhoud) {
        return JsonbKolom.schrijf(inhoud);
    }

    @Override
    public OverdrachtInhoud convertToEntityAttribute(Object kolom) {
        return JsonbKolom.lees(kolom, OverdrachtInhoud.class);
    }
}
