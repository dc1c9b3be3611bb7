package nl.schakel.toegang.domein.verzoek;

import java.util.Optional;
import nl.schakel.toegang.domein.Brontype;
import nl.schakel.toegang.domein.Handeling;

/**
 * The actions on requests of data subjects; each is a rule in toegangsbeleid.json, decided by role (no grant: a request
 * is no flow's resource) and then by organisation (the contact point, or the organisation of a part).
 */
public enum VerzoekHandeling implements Handeling {
    REGISTREREN("verzoek.registreren"),
    LEZEN("verzoek.lezen"),
    VERLENGEN("verzoek.verlengen"),
    AFRONDEN("verzoek.afronden"),
    INZAGE_EXPORTEREN("verzoek.inzage-exporteren"),
    /** Logged once per item the inzage report leaves out (on that item), so the withholding itself is on record. */
    INZAGE_ACHTERHOUDEN("verzoek.inzage-achterhouden"),
    /** The functionaris gegevensbescherming's overview of every contact point's requests and their clocks. */
    OVERZIEN("verzoek.overzien"),
    DEELVERZOEK_LEZEN("deelverzoek.lezen"),
    DEELVERZOEK_BEANTWOORDEN("deelverzoek.beantwoorden");

    /** The logboek's resource types of a request and a part; no grant or retention rule names them. */
    public static final Brontype VERZOEK = Brontype.van("VERZOEK");
    public static final Brontype DEELVERZOEK = Brontype.van("DEELVERZOEK");

    private final String naam;

    VerzoekHandeling(String naam) {
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
