package nl.schakel.platform.matrix;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.platform.PlatformOmgeving;
import nl.schakel.platform.TestTokens;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.ToegangReden;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;

/**
 * Flow 1, the overdracht from Veilig Thuis to a partner, with its monitoring: the situations of the issue (owner,
 * receiver, others, after returning, withdrawing or expiry, break-glass) and one request per action.
 */
final class OverdrachtMatrix implements Matrixdeclaratie {

    private static final String VERZONDEN = "verzonden";
    private static final String TERUGGELEGD = "teruggelegd";
    private static final String INGETROKKEN = "ingetrokken";
    private static final String TERUGLEGGINGEN_ZOEKEN = "overdracht.terugleggingen-zoeken";

    @Override
    public String stroom() {
        return "overdracht";
    }

    @Override
    public String brontype() {
        return "OVERDRACHT";
    }

    @Override
    public Doel doel() {
        return Doel.OVERDRACHT;
    }

    @Override
    public String nietGevondenCode() {
        return "OVD-404";
    }

    @Override
    public String bronpad(UUID bron) {
        return "/api/v1/overdrachten/" + bron;
    }

    @Override
    public Set<String> voorvoegsels() {
        return Set.of("overdracht.", "monitoring.");
    }

    @Override
    public List<Verzoek> verzoeken() {
        return List.of(
                Verzoek.lees("overdracht.lezen", ""),
                Verzoek.lees("overdracht.toegang-bekijken", "/toegang"),
                Verzoek.lees("overdracht.versies-lezen", "/versies"),
                Verzoek.lees("overdracht.voorbeeld", "/voorbeeld?voor=WT-RDAM-FEIJ"),
                Verzoek.wijziging("overdracht.wijzigen", "PUT", "", "{}"),
                Verzoek.wijziging("overdracht.verzenden", "POST", "/verzending",
                        "{\"ontvangendeOrganisatie\":\"WT-RDAM-CHAR\",\"categorieen\":[\"IDENTITEIT\"],"
                                + nl.schakel.platform.Api.CONTACTPERSOON_VT + "}"),
                Verzoek.wijziging("overdracht.intrekken", "POST", "/intrekking", "{\"reden\":\"matrix\"}"),
                Verzoek.wijziging("overdracht.ontvangst-bevestigen", "POST", "/ontvangstbevestiging", null),
                Verzoek.wijziging("overdracht.accepteren", "POST", "/acceptatie", null),
                Verzoek.wijziging("overdracht.terugleggen", "POST", "/teruglegging", "{\"reden\":\"matrix\"}"),
                Verzoek.wijziging("overdracht.warme-overdracht-plannen", "PUT", "/warme-overdracht", "{}"),
                Verzoek.lees("monitoring.lezen", "/monitoringmomenten"),
                Verzoek.wijziging("monitoring.vastleggen", "PUT", "/monitoringmomenten/5f0c8a52-6d1e-4c1a-9a51-3f4d2f7e9b10",
                        "{\"scoreDirectbetrokkene\":7,\"scoreProfessional\":7}"),
                Verzoek.pdf("overdracht.exporteren", "/export"),
                Verzoek.pdf("overdracht.terugkoppelen", "/terugkoppelingsbrief"));
    }

    @Override
    public Zoekverzoek zoeken() {
        return new Zoekverzoek("overdracht.zoeken", "/api/v1/overdrachten?paginaGrootte=100", "overdrachten");
    }

    /** Besides the overdrachten a caller's grants open, the returns its organisation made ("Door ons teruggelegd"). */
    @Override
    public List<Zoekverzoek> zoekverzoeken() {
        return List.of(zoeken(), new Zoekverzoek(TERUGLEGGINGEN_ZOEKEN, "/api/v1/terugleggingen?paginaGrootte=100",
                "terugleggingen", "overdracht"));
    }

    /**
     * The returns list is the organisation's own steps, not its grants (they ended with the return): of the matrix's
     * overdrachten only the one Feijenoord returned is in it, and only for Feijenoord — in the relation that looks at it.
     */
    @Override
    public Optional<Verwachting> inDeLijst(Relatie relatie, String handeling, Verwachting poort) {
        return handeling.equals(TERUGLEGGINGEN_ZOEKEN)
                ? Optional.of(poort.metZichtbaar(relatie.bron().equals(TERUGGELEGD) && relatie.organisatie().equals("WT-RDAM-FEIJ")))
                : Optional.empty();
    }

    @Override
    public Veldgroepen veldgroepen() {
        return new Veldgroepen("overdracht.lezen", "inhoud", Voorbeeld.SLEUTELS);
    }

    @Override
    public Map<String, String> zonderCel() {
        return Map.of(
                "overdracht.opstellen", "maakt een overdracht en vraagt alleen een rol, geen toegang op een bestaande: "
                        + "OverdrachtLogboekIT, NamensIT",
                "overdracht.noodtoegang", "maakt zelf een toegang en zou de relaties van de cellen erna veranderen; "
                        + "de relatie 'noodtoegang' is ermee ingericht: NoodtoegangIT",
                "monitoring.zoeken", "een lijst van monitoringmomenten, geen overdracht: MonitoringIT",
                "monitoring.kengetallen", "alleen tellingen, op geen enkele bron: MonitoringIT");
    }

    @Override
    public List<Relatie> relaties(Toegangsbeleid beleid) {
        Set<Gegevenscategorie> alles = EnumSet.allOf(Gegevenscategorie.class);
        Set<Gegevenscategorie> wijkteam = beleid.toegestaan(Doel.OVERDRACHT, "WIJKTEAM");
        Set<Gegevenscategorie> crisis = beleid.toegestaan(Doel.CRISIS, "CRISISINTERVENTIETEAM");
        Set<ToegangReden> geen = Set.of();
        return List.of(
                new Relatie("eigenaar", "VTRR", "matrix.vt", VERZONDEN, Set.of(ToegangReden.EIGENAAR), alles),
                new Relatie("ontvanger", "WT-RDAM-FEIJ", "matrix.wt", VERZONDEN, Set.of(ToegangReden.ONTVANGER), wijkteam),
                new Relatie("ander wijkteam", "WT-RDAM-CHAR", "matrix.char", VERZONDEN, geen, Set.of()),
                new Relatie("andere gemeente", "LT-SCHIEDAM", "matrix.schiedam", VERZONDEN, geen, Set.of()),
                new Relatie("politie", "POL-RR", "matrix.politie", VERZONDEN, geen, Set.of()),
                new Relatie("onbetrokken", "FIL", "matrix.fil", VERZONDEN, geen, Set.of()),
                new Relatie("na teruglegging", "WT-RDAM-FEIJ", "matrix.wt", TERUGGELEGD, geen, Set.of()),
                new Relatie("na intrekking", "WT-RDAM-FEIJ", "matrix.wt", INGETROKKEN, geen, Set.of()),
                new Relatie("na verloop", "WT-RDAM-IJSS", "matrix.ijss", VERZONDEN, geen, Set.of()),
                new Relatie("noodtoegang", "CIT-JBRR", "matrix.cit", VERZONDEN, Set.of(ToegangReden.NOODTOEGANG), crisis));
    }

    /**
     * Three overdrachten sent to Feijenoord: one stays sent (with an expired grant for IJsselmonde and a break-glass by
     * the CIT), one Feijenoord returned, one Veilig Thuis withdrew.
     */
    @Override
    public Map<String, UUID> richtIn(Toegangsbeleid beleid) throws SQLException {
        String vt = TestTokens.voor("vt.procesregisseur", "VTRR", "procesregisseur");
        String feijenoord = TestTokens.voor("wt.feijenoord", "WT-RDAM-FEIJ", "wijkteammedewerker");
        Set<Gegevenscategorie> wijkteam = beleid.toegestaan(Doel.OVERDRACHT, "WIJKTEAM");

        UUID verzonden = Voorbeeld.verzonden(vt, "WT-RDAM-FEIJ", wijkteam);
        UUID teruggelegd = Voorbeeld.verzonden(vt, "WT-RDAM-FEIJ", wijkteam);
        Voorbeeld.stap(teruggelegd, "ontvangstbevestiging", 2, feijenoord, null);
        Voorbeeld.stap(teruggelegd, "teruglegging", 3, feijenoord, "{\"reden\":\"Hoort bij een ander wijkteam.\"}");
        UUID ingetrokken = Voorbeeld.verzonden(vt, "WT-RDAM-FEIJ", wijkteam);
        Voorbeeld.stap(ingetrokken, "intrekking", 2, vt, "{\"reden\":\"Verkeerd adres gekozen.\"}");
        verlopenToegang(verzonden, "WT-RDAM-IJSS", wijkteam);
        String cit = TestTokens.voor("matrix.cit", "CIT-JBRR", "cit-medewerker");
        Voorbeeld.stap(verzonden, "noodtoegang", null, cit, "{\"reden\":\"Acute onveiligheid, gezin niet bereikbaar.\"}");
        return Map.of(VERZONDEN, verzonden, TERUGGELEGD, teruggelegd, INGETROKKEN, ingetrokken);
    }

    /** A recipient grant that ended an hour ago, as time would have left it. */
    private void verlopenToegang(UUID overdracht, String organisatie, Set<Gegevenscategorie> categorieen) throws SQLException {
        try (Connection c = PlatformOmgeving.database(); PreparedStatement s = c.prepareStatement(
                "insert into toegang.toegang (id, bron_type, bron_id, organisatie_code, doel, categorieen, reden, geldig_van, "
                        + "geldig_tot, verleend_door, verleend_op) values (?, ?, ?, ?, ?, ?, 'ONTVANGER', ?, ?, 'matrix', ?)")) {
            Instant nu = Instant.now();
            s.setObject(1, UUID.randomUUID());
            s.setString(2, brontype());
            s.setObject(3, overdracht);
            s.setString(4, organisatie);
            s.setString(5, doel().name());
            s.setString(6, String.join(",", categorieen.stream().map(Enum::name).sorted().toList()));
            s.setTimestamp(7, Timestamp.from(nu.minus(Duration.ofDays(2))));
            s.setTimestamp(8, Timestamp.from(nu.minus(Duration.ofHours(1))));
            s.setTimestamp(9, Timestamp.from(nu.minus(Duration.ofDays(2))));
            s.executeUpdate();
        }
    }

    /**
     * The wijkteam that returned the overdracht has no grant any more, but reading it is told what it did itself
     * (when and why), not "does not exist" (issue 11): 410 OVD-410, nothing of the case, logged as a refusal.
     */
    @Override
    public Optional<Verwachting> zonderToegang(Relatie relatie, String handeling, Verwachting poort) {
        return relatie.naam().equals("na teruglegging") && handeling.equals("overdracht.lezen")
                ? Optional.of(poort.metStatus(410, "OVD-410")) : Optional.empty();
    }
}
