package nl.schakel.gedeeld.persistentie;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;
import nl.schakel.gedeeld.sql.Kolommen;

/**
 * A UUID inside an embeddable (an element collection row): EclipseLink 4.0 binds such a field as varchar, which a
 * PostgreSQL uuid column refuses unless the pool has {@code stringtype=unspecified}. Handing the driver the UUID object
 * itself binds it as uuid on any pool. Entity ids do not need this.
 */
@Converter
public class Uuidkolom implements AttributeConverter<UUID, Object> {

    @Override
    public Object convertToDatabaseColumn(UUID waarde) {
        return waarde;
    }

    @Override
    public UUID convertToEntityAttribute(Object kolom) {
        return uit(kolom);
    }

    /**
     * A uuid column as a native query returns it: the driver's UUID ({@link Kolommen#alsUuid}), or its text on a pool
     * that maps it so. Anything else is not a uuid column: an {@link IllegalArgumentException}.
     */
    public static UUID uit(Object kolom) {
        return kolom instanceof String tekst ? UUID.fromString(tekst) : Kolommen.alsUuid(kolom);
    }
}
