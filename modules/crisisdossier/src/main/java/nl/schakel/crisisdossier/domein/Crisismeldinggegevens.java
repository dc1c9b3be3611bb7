package nl.schakel.crisisdossier.domein;

import java.util.List;

/**
 * The shared intake form as a partner fills it in, day or night: what happened, the immediate safety, the betrokkenen at
 * minimal identity and the partners needed. Enum values arrive as text and are checked by the domain, so that every
 * broken rule is named at once.
 */
public record Crisismeldinggegevens(String watIsErGebeurd, String directeVeiligheid, List<Betrokkenegegevens> betrokkenen,
        List<String> partners, boolean sof7) {

    /** One betrokkene as the form gives it; the BSN only passes through to the person registry. */
    public record Betrokkenegegevens(String rol, String voornaam, String achternaam, String geboortedatum, String bsn) {

        @Override
        public String toString() {
            return "Betrokkenegegevens[rol=" + rol + "]";
        }
    }
}
