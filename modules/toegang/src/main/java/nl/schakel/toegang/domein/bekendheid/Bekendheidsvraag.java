package nl.schakel.toegang.domein.bekendheid;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.toegang.domein.betrokkene.Bsn;
import nl.schakel.toegang.domein.betrokkene.NaamEnGeboortedatum;

/**
 * The question of a bekendheidscheck: a person by BSN, or by family name and date of birth (optionally the first
 * name). Exactly one of the two forms: a question with both would let the answer say which of the two matched.
 */
public record Bekendheidsvraag(Optional<String> bsn, Optional<NaamEnGeboortedatum> persoon) {

    /** Code of a question that is neither or both forms. */
    public static final String GEEN_VORM = "AVG-020";
    /** Code of a BSN that is not nine digits passing the elfproef. */
    public static final String ONGELDIG_BSN = "AVG-021";
    /** Code of a name or date of birth that cannot be used. */
    public static final String ONGELDIGE_PERSOON = "AVG-022";

    private static final LocalDate VROEGSTE = LocalDate.of(1900, 1, 1);

    public Bekendheidsvraag {
        if (bsn.isPresent() == persoon.isPresent()) {
            throw new IllegalArgumentException("Een bekendheidsvraag is op BSN of op naam en geboortedatum.");
        }
    }

    /**
     * The question from what a client sent; refuses it with {@link #GEEN_VORM}, {@link #ONGELDIG_BSN} or
     * {@link #ONGELDIGE_PERSOON}, naming each field, and never echoing a value.
     */
    public static Bekendheidsvraag uit(String bsn, String achternaam, String voornaam, String geboortedatum, LocalDate vandaag) {
        boolean opBsn = bsn != null;
        boolean opNaam = achternaam != null || voornaam != null || geboortedatum != null;
        if (opBsn == opNaam) {
            throw new ValidatieFout(GEEN_VORM, opBsn
                    ? "Vraag op BSN óf op achternaam en geboortedatum, niet op beide."
                    : "Geef een BSN, of een achternaam en een geboortedatum.", List.of());
        }
        if (opBsn) {
            if (!Bsn.isGeldig(bsn)) {
                throw new ValidatieFout(ONGELDIG_BSN, "Het BSN is geen geldig burgerservicenummer.",
                        List.of(new OngeldigeParameter("bsn", "Negen cijfers die de elfproef doorstaan.")));
            }
            return new Bekendheidsvraag(Optional.of(bsn), Optional.empty());
        }
        List<OngeldigeParameter> fouten = new ArrayList<>();
        if (achternaam == null || achternaam.isBlank() || achternaam.length() > 200
                || !NaamEnGeboortedatum.isBruikbaar(achternaam, LocalDate.EPOCH)) {
            fouten.add(new OngeldigeParameter("achternaam", "Een achternaam met ten minste één letter, hoogstens 200 tekens."));
        }
        if (voornaam != null && voornaam.length() > 200) {
            fouten.add(new OngeldigeParameter("voornaam", "Hoogstens 200 tekens."));
        }
        LocalDate datum = datum(geboortedatum, vandaag);
        if (datum == null) {
            fouten.add(new OngeldigeParameter("geboortedatum", "Een datum als 2018-05-20, niet in de toekomst en niet voor 1900."));
        }
        if (!fouten.isEmpty()) {
            throw new ValidatieFout(ONGELDIGE_PERSOON, "De achternaam of de geboortedatum is niet bruikbaar.", fouten);
        }
        return new Bekendheidsvraag(Optional.empty(), Optional.of(new NaamEnGeboortedatum(achternaam, voornaam, datum)));
    }

    private static LocalDate datum(String tekst, LocalDate vandaag) {
        if (tekst == null) {
            return null;
        }
        try {
            LocalDate datum = LocalDate.parse(tekst);
            return datum.isAfter(vandaag) || datum.isBefore(VROEGSTE) ? null : datum;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Never the BSN or the name in logs or exception texts. */
    @Override
    public String toString() {
        return "Bekendheidsvraag[" + (bsn.isPresent() ? "bsn" : "naam en geboortedatum") + "]";
    }
}
