package nl.schakel.toegang.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.NietGevondenFout;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.domein.ToegangHandeling;
import nl.schakel.toegang.domein.noodtoegang.Beoordeling;
import nl.schakel.toegang.domein.noodtoegang.Noodtoegangzaak;
import nl.schakel.toegang.domein.noodtoegang.Oordeel;
import nl.schakel.toegang.infrastructuur.BronBetrokkeneRepository;
import nl.schakel.toegang.infrastructuur.NoodtoegangRepository;

/**
 * The review of break-glass openings: the privacy officer reviews every one, the procesregisseur of an owning
 * organisation those on its resources. Each reviewer judges once, justified or not; "not justified" needs a note and
 * stays visible as the overall verdict. Listing and judging are logged on the opened resource, naming its betrokkenen.
 */
@ApplicationScoped
@Transactional
public class Noodtoegangbeoordeling {

    /** The verdict is missing, unknown, or "not justified" without a note (or a note over 1000 characters). */
    public static final String ONVOLLEDIG_OORDEEL = "TGN-005";
    /** This reviewer judged this opening already. */
    public static final String AL_BEOORDEELD = "TGN-006";
    /** No opening with this id waits for this reviewer (the same answer as one that does not exist). */
    public static final String NIET_GEVONDEN = "TGN-404";

    private static final int MAXIMUM = 200;

    @Inject
    Toegangspoort poort;

    @Inject
    NoodtoegangRepository noodtoegangen;

    @Inject
    BronBetrokkeneRepository betrokkenen;

    Clock klok = Clock.systemUTC();

    /** With {@code open} only what waits for the caller's verdict, without it what the caller judged; empty = both. */
    public List<Noodtoegangzaak> lijst(Medewerker medewerker, Optional<Boolean> open) {
        poort.vereisRol(medewerker, ToegangHandeling.NOODTOEGANG_BEOORDELEN, Optional.empty());
        List<Noodtoegangzaak> zaken = noodtoegangen.voor(beoordelaar(medewerker), open, MAXIMUM);
        for (Noodtoegangzaak zaak : zaken) {
            poort.registreer(medewerker, ToegangHandeling.NOODTOEGANG_BEOORDELEN, Optional.of(zaak.toegang().bron()),
                    betrokkenen.van(zaak.toegang().bron()), Doel.AUDIT);
        }
        return zaken;
    }

    public Noodtoegangzaak beoordeel(Medewerker medewerker, UUID toegangId, String oordeelTekst, String opmerkingTekst) {
        poort.vereisRol(medewerker, ToegangHandeling.NOODTOEGANG_BEOORDELEN, Optional.empty());
        String beoordelaar = beoordelaar(medewerker);
        Noodtoegangzaak zaak = noodtoegangen.zaak(toegangId)
                .filter(z -> z.beoordelingen().stream().anyMatch(b -> b.beoordelaar().equals(beoordelaar)))
                .orElseThrow(() -> new NietGevondenFout(NIET_GEVONDEN, "Deze noodtoegang bestaat niet."));
        Oordeel oordeel = oordeel(oordeelTekst);
        Optional<String> opmerking = Optional.ofNullable(opmerkingTekst).map(String::strip).filter(t -> !t.isEmpty());
        if (opmerking.map(t -> t.length() > 1000).orElse(false)
                || (oordeel == Oordeel.NIET_GERECHTVAARDIGD && opmerking.isEmpty())) {
            throw new ValidatieFout(ONVOLLEDIG_OORDEEL, "Zeg waarom deze noodtoegang niet gerechtvaardigd was.",
                    List.of(new OngeldigeParameter("opmerking", "Verplicht bij 'niet gerechtvaardigd', ten hoogste 1000 tekens.")));
        }
        if (!noodtoegangen.beoordeel(toegangId, beoordelaar, oordeel, medewerker.naam(), opmerking, Instant.now(klok))) {
            throw new ConflictFout(AL_BEOORDEELD, "U heeft deze noodtoegang al beoordeeld; een oordeel ligt vast.");
        }
        poort.registreer(medewerker, ToegangHandeling.NOODTOEGANG_BEOORDELEN, Optional.of(zaak.toegang().bron()),
                betrokkenen.van(zaak.toegang().bron()), Doel.AUDIT);
        return noodtoegangen.zaak(toegangId).orElseThrow();
    }

    /**
     * How many openings wait for the caller's verdict, for "Mijn werk". A count, no
     * personal data: not logged (the list behind it is). Empty when the caller's roles do not review at all.
     */
    public java.util.OptionalLong aantalTeBeoordelen(Medewerker medewerker) {
        if (!poort.regel(ToegangHandeling.NOODTOEGANG_BEOORDELEN).staatToe(medewerker.rollen())) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(noodtoegangen.telOpen(beoordelaar(medewerker)));
    }

    /** The privacy officer judges for the platform; anyone else for the organisation they work for. */
    private static String beoordelaar(Medewerker medewerker) {
        return medewerker.heeftRol(Rol.FUNCTIONARIS_GEGEVENSBESCHERMING) ? Beoordeling.FG
                : medewerker.organisatieCode().orElse("");
    }

    private static Oordeel oordeel(String tekst) {
        if ("GERECHTVAARDIGD".equals(tekst)) {
            return Oordeel.GERECHTVAARDIGD;
        }
        if ("NIET_GERECHTVAARDIGD".equals(tekst)) {
            return Oordeel.NIET_GERECHTVAARDIGD;
        }
        throw new ValidatieFout(ONVOLLEDIG_OORDEEL, "Kies een oordeel.",
                List.of(new OngeldigeParameter("oordeel", "GERECHTVAARDIGD of NIET_GERECHTVAARDIGD.")));
    }
}
