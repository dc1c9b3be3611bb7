package nl.schakel.toegang.domein;

import java.util.Optional;

/**
 * The actions of access itself, on no flow's resource: reading the logboek, reviewing break-glass, reading the
 * register of processing (which holds no personal data), the bekendheidscheck (which organisations know a person), and
 * the destruction of what is past its retention term.
 */
public enum ToegangHandeling implements Handeling {
    LOGBOEK_LEZEN("logboek.lezen"),
    NOODTOEGANG_BEOORDELEN("noodtoegang.beoordelen"),
    VERWERKINGSREGISTER_LEZEN("verwerkingsregister.lezen"),
    BEKENDHEIDSCHECK_VRAGEN("bekendheidscheck.vragen"),
    /** The destruction lists: read them, have one drawn up now, approve one (issue 15, bewaartermijnen). */
    VERNIETIGING_BEOORDELEN("vernietiging.beoordelen"),
    /** Put or lift a legal hold (bewaarplicht) on a resource, which keeps it from destruction. */
    VERNIETIGING_BEWAARPLICHT("vernietiging.bewaarplicht"),
    /** Carry out an approved destruction list and read its certificate. */
    VERNIETIGING_UITVOEREN("vernietiging.uitvoeren");

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
