package nl.schakel.overdracht.infrastructuur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.overdracht.domein.OverdrachtStatus;
import nl.schakel.gedeeld.sql.SqlPredicaat;
import nl.schakel.overdracht.toepassing.ZoekVraag;
import nl.schakel.overdracht.toepassing.Zoekpositie;
import org.junit.jupiter.api.Test;

class ZoekSqlTest {

    private static final UUID ID = UUID.fromString("00000000-0000-4000-8000-000000000009");

    @Test
    void hetPredicaatVanDeAanroeperKomtEerstEnDePlaatsenWordenGenummerd() {
        ZoekVraag vraag = ZoekVraag.binnen(SqlPredicaat.van("exists (select 1 from x where x.id = o.id and x.org = ?)", "WT"))
                .metStatussen(EnumSet.of(OverdrachtStatus.ONTVANGEN, OverdrachtStatus.VERZONDEN))
                .voorOntvanger("WT")
                .alleen(Set.of(ID));

        ZoekSql zoek = ZoekSql.voor(vraag);

        assertThat(zoek.sql()).isEqualTo("select o.* from overdracht.overdracht o"
                + " where (exists (select 1 from x where x.id = o.id and x.org = ?1))"
                + " and o.status in (?2, ?3) and o.ontvangende_organisatie = ?4 and o.id in (?5)"
                + " order by o.laatst_gewijzigd desc, o.id desc limit ?6");
        assertThat(zoek.parameters()).containsExactly("WT", "VERZONDEN", "ONTVANGEN", "WT", ID, 21);
    }

    @Test
    void opNaamZoektAlleenOnderDeToegangDieNamenToontEnMetOntsnapteJokers() {
        ZoekVraag vraag = ZoekVraag.binnen(SqlPredicaat.van("lijst(o.id, ?)", "WT"))
                .metNaam(SqlPredicaat.van("namen(o.id, ?)", "IDENTITEIT"), " Jan_sen% ");

        ZoekSql zoek = ZoekSql.voor(vraag);

        assertThat(zoek.sql()).isEqualTo("select o.* from overdracht.overdracht o where (lijst(o.id, ?1))"
                + " and (namen(o.id, ?2)) and exists (select 1 from jsonb_array_elements(o.inhoud -> 'betrokkenen') b"
                + " where lower(b -> 'identiteit' ->> 'achternaam') like ?3 escape '\\')"
                + " order by o.laatst_gewijzigd desc, o.id desc limit ?4");
        assertThat(zoek.parameters()).containsExactly("WT", "IDENTITEIT", "%jan\\_sen\\%%", 21);
    }

    @Test
    void eenVolgendePaginaBegintNaDeLaatsteRij() {
        String cursor = new Zoekpositie(java.time.Instant.parse("2026-11-25T09:00:00.123456Z"), ID).alsCursor();

        ZoekSql zoek = ZoekSql.voor(ZoekVraag.binnen(SqlPredicaat.ZONDER_BEPERKING).pagina(cursor, 5));

        assertThat(zoek.sql()).contains("where (true) and (o.laatst_gewijzigd, o.id) < (?1, ?2)", "limit ?3");
        assertThat(zoek.parameters()).hasSize(3).last().isEqualTo(6);
    }

    @Test
    void eenVervalsteCursorIsApi002() {
        assertThatThrownBy(() -> ZoekSql.voor(ZoekVraag.binnen(SqlPredicaat.ZONDER_BEPERKING).pagina("bm9wZQ", 5)))
                .isInstanceOfSatisfying(ValidatieFout.class, fout -> assertThat(fout.code()).isEqualTo("API-002"));
    }

    @Test
    void eenPredicaatMoetEvenveelWaardenAlsPlaatsenHebben() {
        assertThatThrownBy(() -> SqlPredicaat.van("o.eigenaar_organisatie = ? or o.ontvangende_organisatie = ?", "VTRR"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void zonderToegangsfilterKanErNietGezochtWorden() {
        assertThatThrownBy(() -> ZoekVraag.binnen(null)).isInstanceOf(NullPointerException.class);
    }
}
