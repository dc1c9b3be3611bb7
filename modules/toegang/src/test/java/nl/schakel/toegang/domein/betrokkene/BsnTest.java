package nl.schakel.toegang.domein.betrokkene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "999999990"})
    void geldigeNummersDoorstaanDeElfproef(String nummer) {
        assertThat(Bsn.isGeldig(nummer)).isTrue();
        assertThat(new Bsn(nummer).waarde()).isEqualTo(nummer);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "111222334", // one digit off: the elfproef catches it
        "111222323", // two digits swapped
        "123456789",
        "000000000", // passes the sum, is no one's number
        "11122233", // eight digits
        "1112223333", // ten digits
        "11122233a",
        " 111222333",
        "111 222 333"
    })
    void ongeldigeNummersNiet(String nummer) {
        assertThat(Bsn.isGeldig(nummer)).isFalse();
        assertThatThrownBy(() -> new Bsn(nummer)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hetNummerKomtNietInLogregels() {
        assertThat(new Bsn("111222333").toString()).doesNotContain("111222333");
    }
}
