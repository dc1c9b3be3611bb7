package nl.schakel.crisisdossier.toepassing;

import static nl.schakel.crisisdossier.domein.CrisisdossierHandeling.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Crisisdossier;
import nl.schakel.crisisdossier.domein.Livegebeurtenis.Soort;
import nl.schakel.crisisdossier.domein.Taak;
import nl.schakel.crisisdossier.domein.Taakgegevens;
import nl.schakel.crisisdossier.infrastructuur.CrisisdossierRepository;
import nl.schakel.crisisdossier.infrastructuur.Livegebeurtenissen;
import nl.schakel.crisisdossier.infrastructuur.TaakRepository;
import nl.schakel.gedeeld.fout.VersieConflictFout;
import nl.schakel.gedeeld.invoer.Versie;
import nl.schakel.toegang.domein.Beslissing;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.toepassing.Toegangspoort;

/**
 * The taakverdeling of a crisis file: every co-owner adds and changes tasks ("wie gaat erheen"), each change with
 * If-Match under the row's lock, so two partners changing one task at once get one success and one 412, and nothing
 * either saved is lost. Tasks hold no category of their own: they say who does what, not what was found.
 */
@ApplicationScoped
@Transactional
public class Taakzaken {

    @Inject
    Toegangspoort poort;

    @Inject
    CrisisdossierRepository dossiers;

    @Inject
    TaakRepository taken;

    @Inject
    Crisisbronnen bronnen;

    @Inject
    Livegebeurtenissen live;

    Clock klok = Clock.systemUTC();

    public Taak voegToe(Medewerker medewerker, UUID dossierId, Taakgegevens gegevens) {
        Beslissing beslissing = poort.beslis(medewerker, bronnen.dossier(dossierId), TAAK_TOEVOEGEN, Crisisbronnen::dossierNietGevonden);
        Crisisdossier dossier = dossiers.dossier(dossierId).orElseThrow(Crisisbronnen::dossierNietGevonden);
        Taak taak = Taak.voegToe(dossier, gegevens, medewerker.handeltVoor().orElse(""), nu());
        taken.voegToe(taak);
        live.legVast(dossierId, Soort.TAAK_TOEGEVOEGD, Optional.of(taak.id()), Optional.empty(), medewerker.handeltVoor(), nu());
        poort.registreer(beslissing, dossier.betrokkeneIds());
        return taak;
    }

    /** The file's tasks, open and under way first; read with the file ({@code crisisdossier.lezen}). */
    public List<Taak> lijst(Medewerker medewerker, UUID dossierId) {
        Beslissing beslissing = poort.beslis(medewerker, bronnen.dossier(dossierId), LEZEN, Crisisbronnen::dossierNietGevonden);
        Crisisdossier dossier = dossiers.dossier(dossierId).orElseThrow(Crisisbronnen::dossierNietGevonden);
        poort.registreer(beslissing, dossier.betrokkeneIds());
        return taken.van(dossierId);
    }

    public Taak wijzig(Medewerker medewerker, UUID dossierId, UUID id, String ifMatch, Taakgegevens gegevens) {
        Beslissing beslissing = poort.beslis(medewerker, bronnen.taak(dossierId, id), TAAK_WIJZIGEN,
                () -> Crisisbronnen.nietGevonden("Deze taak"));
        int versie = Versie.uitIfMatch(ifMatch);
        Taak taak = taken.voorWijziging(id).orElseThrow(() -> Crisisbronnen.nietGevonden("Deze taak"));
        if (taak.versie() != versie) {
            throw new VersieConflictFout("API-412", "De taak is intussen gewijzigd (versie " + taak.versie()
                    + ", door " + taak.gewijzigdDoor() + "); haal haar opnieuw op en breng uw wijziging opnieuw aan.");
        }
        Crisisdossier dossier = dossiers.dossier(dossierId).orElseThrow();
        taak.wijzig(dossier, gegevens, medewerker.handeltVoor().orElse(""), nu());
        taken.bewaarWijziging();
        live.legVast(dossierId, Soort.TAAK_GEWIJZIGD, Optional.of(id), Optional.empty(), medewerker.handeltVoor(), nu());
        poort.registreer(beslissing, dossier.betrokkeneIds());
        return taak;
    }

    private Instant nu() {
        return Instant.now(klok);
    }
}
