package nl.schakel.toegang.domein;

import java.util.Optional;

/**
 * The actions of access itself, on no flow's resource: reading the logboek, reviewing break-glass, reading the
 * register of processing (which holds no personal data), and the bekendheidscheck (which organisations know a person).
 */
public enum ToegangHandeling implements Handeling {
    LOGBOEK_LEZEN("logboek.lezen"),
    NOODTOEGANG_BEOORDELEN("noodtoegang.beoordelen"),
    VERWERKINGSREGISTER_LEZEN("verwerkingsregister.lezen"),
    BEKENDHEIDSCHECK_VRAGEN("bekendheidscheck.vragen");

    private final String naam;

    ToegangHandeling(String naam) {
        this.naam = naam;
    }

    @Override
    public String naam() {
        return naam;
    }

    @Override
    public Optional<Brontype> brontype() {
        return Optional.empty();
    }
}
