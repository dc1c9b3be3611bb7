package nl.schakel.toegang.domein.verzoek;

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
 * What a contact point registers: the kind of request, the person by BSN and/or family name and date of birth (both
 * forms may be given: a request is the person's own, so there is nothing to learn from which one matched, and both find
 * more of what is held about them), a short reference of its own, and the date of receipt. The BSN, name and date live
 * only in this object: the registry turns them into keyed hashes, they are never stored or logged.
 */
public record Verzoekregistratie(Verzoeksoort soort, Optional<String> bsn, Optional<NaamEnGeboortedatum> persoon,
        String weergave, LocalDate ontvangenOp) {

    /** Code of a registration that breaks a rule; {@code invalidParams} names each field, never a value. */
    public static final String ONGELDIG = "AVG-050";

    /** The longest a reference may be: initials and a file number, not a name. */
    public static final int WEERGAVE_MAXIMUM = 40;

    public static Verzoekregistratie uit(String soort, String bsn, String achternaam, String voornaam, String geboortedatum,
            String weergave, String ontvangenOp, LocalDate vandaag) {
        List<OngeldigeParameter> fouten = new ArrayList<>();
        Verzoeksoort s = soort(soort);
        if (s == null) {
            fouten.add(new OngeldigeParameter("soort", "INZAGE, CORRECTIE, VERNIETIGING, BEPERKING of BEZWAAR."));
        }
        boolean opNaam = achternaam != null || voornaam != null || geboortedatum != null;
        if (bsn == null && !opNaam) {
            fouten.add(new OngeldigeParameter("bsn", "Geef een BSN, of een achternaam en een geboortedatum (of beide)."));
        }
        if (bsn != null && !Bsn.isGeldig(bsn)) {
            fouten.add(new OngeldigeParameter("bsn", "Negen cijfers die de elfproef doorstaan."));
        }
        NaamEnGeboortedatum persoon = null;
        if (opNaam) {
            LocalDate datum = datum(geboortedatum, LocalDate.of(1900, 1, 1), vandaag);
            boolean naamGoed = achternaam != null && achternaam.length() <= 200 && NaamEnGeboortedatum.isBruikbaar(achternaam, LocalDate.EPOCH);
            if (!naamGoed) {
                fouten.add(new OngeldigeParameter("achternaam", "Een achternaam met ten minste één letter, hoogstens 200 tekens."));
            }
            if (voornaam != null && voornaam.length() > 200) {
                fouten.add(new OngeldigeParameter("voornaam", "Hoogstens 200 tekens."));
            }
            if (datum == null) {
                fouten.add(new OngeldigeParameter("geboortedatum", "Een datum als 1990-03-01, niet in de toekomst en niet voor 1900."));
            }
            if (naamGoed && datum != null && (voornaam == null || voornaam.length() <= 200)) {
                persoon = new NaamEnGeboortedatum(achternaam, voornaam, datum);
            }
        }
        String referentie = weergave == null ? "" : weergave.strip();
        if (referentie.isEmpty() || referentie.length() > WEERGAVE_MAXIMUM || referentie.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
            fouten.add(new OngeldigeParameter("weergave",
                    "Een korte verwijzing op één regel (initialen en uw eigen kenmerk), hoogstens " + WEERGAVE_MAXIMUM + " tekens."));
        }
        // received today or in the past year: an older request is long overdue and belongs with the privacy officer
        LocalDate ontvangen = datum(ontvangenOp, vandaag.minusYears(1), vandaag);
        if (ontvangen == null) {
            fouten.add(new OngeldigeParameter("ontvangenOp", "Een datum als 2026-11-20, niet in de toekomst en niet meer dan een jaar terug."));
        }
        if (!fouten.isEmpty()) {
            throw new ValidatieFout(ONGELDIG, "Het verzoek is niet volledig of niet juist.", fouten);
        }
        return new Verzoekregistratie(s, Optional.ofNullable(bsn), Optional.ofNullable(persoon), referentie, ontvangen);
    }

    private static Verzoeksoort soort(String tekst) {
        for (Verzoeksoort s : Verzoeksoort.values()) {
            if (s.name().equals(tekst)) {
                return s;
            }
        }
        return null;
    }

    private static LocalDate datum(String tekst, LocalDate vroegste, LocalDate laatste) {
        if (tekst == null) {
            return null;
        }
        try {
            LocalDate datum = LocalDate.parse(tekst);
            return datum.isAfter(laatste) || datum.isBefore(vroegste) ? null : datum;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Never the BSN or the name in logs or exception texts. */
    @Override
    public String toString() {
        return "Verzoekregistratie[" + soort + (bsn.isPresent() ? ", bsn" : "") + (persoon.isPresent() ? ", naam en geboortedatum" : "") + "]";
    }
}
