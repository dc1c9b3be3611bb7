package nl.schakel.overdracht.domein;

import java.util.Optional;
import nl.schakel.toegang.domein.Brontype;
import nl.schakel.toegang.domein.Handeling;

/**
 * The actions of flow 1, by the names their rules have in {@code toegangsbeleid.json}: the overdracht itself, Veilig
 * Thuis's monitoring after it (its own purpose, on the same resource) and the deadline watch.
 */
public enum OverdrachtHandeling implements Handeling {
    OPSTELLEN("overdracht.opstellen"),
    ZOEKEN("overdracht.zoeken"),
    LEZEN("overdracht.lezen"),
    TOEGANG_BEKIJKEN("overdracht.toegang-bekijken"),
    EXPORTEREN("overdracht.exporteren"),
    TERUGKOPPELEN("overdracht.terugkoppelen"),
    WIJZIGEN("overdracht.wijzigen"),
    VERSIES_LEZEN("overdracht.versies-lezen"),
    VOORBEELD("overdracht.voorbeeld"),
    VERZENDEN("overdracht.verzenden"),
    INTREKKEN("overdracht.intrekken"),
    ONTVANGST_BEVESTIGEN("overdracht.ontvangst-bevestigen"),
    ACCEPTEREN("overdracht.accepteren"),
    TERUGLEGGEN("overdracht.terugleggen"),
    /** The organisation's own returns, after their grants ended ("Door ons teruggelegd"). */
    TERUGLEGGINGEN_ZOEKEN("overdracht.terugleggingen-zoeken"),
    WARME_OVERDRACHT_PLANNEN("overdracht.warme-overdracht-plannen"),
    NOODTOEGANG("overdracht.noodtoegang"),
    MONITORING_LEZEN("monitoring.lezen"),
    MONITORING_ZOEKEN("monitoring.zoeken"),
    MONITORING_VASTLEGGEN("monitoring.vastleggen"),
    MONITORING_KENGETALLEN("monitoring.kengetallen"),
    /** Runs the deadline watch by hand (the timer runs it every five minutes); no resource of its own. */
    TERMIJNBEWAKING_UITVOEREN("termijnbewaking.uitvoeren");

    /** The resource type of flow 1, as grants and the logboek name it. */
    public static final Brontype OVERDRACHT = Brontype.van("OVERDRACHT");

    private final String naam;

    OverdrachtHandeling(String naam) {
        this.naam = naam;
    }

    @Override
    public String naam() {
        return naam;
    }

    @Override
    public Optional<Brontype> brontype() {
        return this == TERMIJNBEWAKING_UITVOEREN ? Optional.empty() : Optional.of(OVERDRACHT);
    }
}
