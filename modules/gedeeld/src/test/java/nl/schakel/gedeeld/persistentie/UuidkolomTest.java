package nl.schakel.gedeeld.persistentie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a native query may hand {@link Uuidkolom}: the driver's UUID, SQL null, or the uuid's text; nothing else. */
class UuidkolomTest {

    private static final UUID ID = UUID.fromString("3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a090");

    @Test
    void deUuidVanDeDriverEnNullGaanOngewijzigdDoor() {
        assertThat(Uuidkolom.uit(ID)).isSameAs(ID);
        assertThat(Uuidkolom.uit(null)).isNull();
        assertThat(new Uuidkolom().convertToEntityAttribute(ID)).isSameAs(ID);
        assertThat(new Uuidkolom().convertToDatabaseColumn(ID)).isSameAs(ID);
    }

    @Test
    void deTekstVanEenUuidWordtDieUuid() {
        assertThat(Uuidkolom.uit(ID.toString())).isEqualTo(ID);
    }

    @Test
    void eenWaardeVanEenAnderTypeIsGeenUuid() {
        assertThatThrownBy(() -> Uuidkolom.uit(42L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("geen uuid maar java.lang.Long");
        assertThatThrownBy(() -> Uuidkolom.uit("geen uuid")).isInstanceOf(IllegalArgumentException.class);
    }
}
