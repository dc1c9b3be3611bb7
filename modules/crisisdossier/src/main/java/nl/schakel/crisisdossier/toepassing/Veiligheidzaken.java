package nl.schakel.crisisdossier.toepassing;

import static nl.schakel.crisisdossier.domein.CrisisdossierHandeling.LEZEN;
import static nl.schakel.crisisdossier.domein.CrisisdossierHandeling.VEILIGHEID_BIJDRAGEN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Crisisdossier;
import nl.schakel.crisisdossier.domein.Foutcodes;
import nl.schakel.crisisdossier.domein.Livegebeurtenis.Soort;
import nl.schakel.crisisdossier.domein.Veiligheidsbijdrage;
import nl.schakel.crisisdossier.domein.Veiligheidsbijdragegegevens;
import nl.schakel.crisisdossier.infrastructuur.CrisisdossierRepository;
import nl.schakel.crisisdossier.infrastructuur.Livegebeurtenissen;
import nl.schakel.crisisdossier.infrastructuur.VeiligheidRepository;
import nl.schakel.gedeeld.fout.VersieConflictFout;
import nl.schakel.gedeeld.invoer.Versie;
import nl.schakel.toegang.domein.Beslissing;
import nl.schakel.toegang.domein.Categoriefilter;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.toepassing.Toegangspoort;

/**
 * The joint veiligheidsbeoordeling and veiligheidsplan of a crisis file: read with the file ({@code crisisdossier.lezen},
 * category VEILIGHEID), each organisation writing only its own part ({@code crisisdossier.veiligheid-bijdragen}, If-Match
 * once the part exists). Every change is pushed to the open screens.
 */
@ApplicationScoped
@Transactional
public class Veiligheidzaken {

    @Inject
    Toegangspoort poort;

    @Inject
    CrisisdossierRepository dossiers;

    @Inject
    VeiligheidRepository bijdragen;

    @Inject
    Crisisbronnen bronnen;

    @Inject
    Livegebeurtenissen live;

    Clock klok = Clock.systemUTC();

    public Gezamenlijkeveiligheid lees(Medewerker medewerker, UUID dossierId) {
        Beslissing beslissing = poort.beslis(medewerker, bronnen.dossier(dossierId), LEZEN, Crisisbronnen::dossierNietGevonden);
        Crisisdossier dossier = dossiers.dossier(dossierId).orElseThrow(Crisisbronnen::dossierNietGevonden);
        poort.registreer(beslissing, dossier.betrokkeneIds());
        return gezamenlijk(beslissing, bijdragen.van(dossierId));
    }

    /**
     * The caller's organisation writes its part: {@code organisatie} names it in the address, and another organisation's
     * part is refused (403 CRS-022, logged) before the request's version or body is looked at. A first part needs no
     * If-Match (one sent for a part that does not exist yet is stale: 412); a later one does (428 without, 412 when stale).
     */
    public Gezamenlijkeveiligheid draagBij(Medewerker medewerker, UUID dossierId, String organisatie, String ifMatch,
            Veiligheidsbijdragegegevens gegevens) {
        Beslissing beslissing = poort.beslis(medewerker, bronnen.dossier(dossierId), VEILIGHEID_BIJDRAGEN,
                Crisisbronnen::dossierNietGevonden);
        String eigen = medewerker.handeltVoor().orElse("");
        if (!eigen.equals(organisatie)) {
            throw poort.weiger(medewerker, VEILIGHEID_BIJDRAGEN, Optional.of(beslissing.bron()), Foutcodes.NIET_DE_EIGEN_BIJDRAGE,
                    "U schrijft alleen de bijdrage van uw eigen organisatie (" + eigen + ").");
        }
        Crisisdossier dossier = dossiers.dossier(dossierId).orElseThrow(Crisisbronnen::dossierNietGevonden);
        Optional<Veiligheidsbijdrage> bestaand = bijdragen.voorWijziging(dossierId, eigen);
        if (bestaand.isPresent()) {
            Veiligheidsbijdrage bijdrage = bestaand.get();
            int versie = Versie.uitIfMatch(ifMatch);
            if (bijdrage.versie() != versie) {
                throw new VersieConflictFout("API-412", "De bijdrage van uw organisatie is intussen gewijzigd (versie "
                        + bijdrage.versie() + ", door " + bijdrage.gewijzigdDoor() + "); haal haar opnieuw op.");
            }
            bijdrage.wijzig(dossier, gegevens, medewerker.naam(), nu());
            bijdragen.bewaarWijziging(bijdrage);
        } else {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw new VersieConflictFout("API-412", "Uw organisatie heeft nog geen bijdrage; stuur de eerste zonder If-Match.");
            }
            bijdragen.voegToe(Veiligheidsbijdrage.eerste(dossier, eigen, gegevens, medewerker.naam(), nu()));
        }
        live.legVast(dossierId, Soort.VEILIGHEID_GEWIJZIGD, Optional.of(dossierId), Optional.of(Gegevenscategorie.VEILIGHEID),
                Optional.of(eigen), nu());
        poort.registreer(beslissing, dossier.betrokkeneIds());
        return gezamenlijk(beslissing, bijdragen.van(dossierId));
    }

    private static Gezamenlijkeveiligheid gezamenlijk(Beslissing beslissing, List<Veiligheidsbijdrage> alle) {
        Categoriefilter.Gefilterd<Veiligheidsbijdrage> gefilterd = Categoriefilter.voor(beslissing).filter(alle);
        return new Gezamenlijkeveiligheid(gefilterd.zichtbaar(), Veiligheidsbijdrage.gezamenlijkOordeel(gefilterd.zichtbaar()),
                !gefilterd.achtergehouden().isEmpty());
    }

    private Instant nu() {
        return Instant.now(klok);
    }
}
