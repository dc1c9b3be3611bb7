package nl.schakel.crisisdossier.toepassing;

import static nl.schakel.toegang.toepassing.Persoonsgegevensbron.dag;
import static nl.schakel.toegang.toepassing.Persoonsgegevensbron.voeg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Betrokkenenrol;
import nl.schakel.crisisdossier.domein.Bronnen;
import nl.schakel.crisisdossier.domein.Crisisbetrokkene;
import nl.schakel.crisisdossier.domein.Crisisdossier;
import nl.schakel.crisisdossier.domein.Dossierstatus;
import nl.schakel.crisisdossier.domein.Sluitingsuitkomst;
import nl.schakel.crisisdossier.infrastructuur.CrisisdossierRepository;
import nl.schakel.toegang.toepassing.Persoonsgegevensbron;

/**
 * The crisis file's part of the inzage report: what a joint crisis file holds about one person. The person is the
 * betrokkene whose id is one of the person's registry ids: the id {@link Crisisdossierzaken} got from the person registry
 * when it started the file, so nothing is recognised a second time here.
 * <p>
 * Given: that betrokkene's name, date of birth and role, and the file as a whole: status, the dates it started and closed,
 * how it closed, the dates of the SOF7 investigation. Left out: every other betrokkene, the partners (a police partner
 * would otherwise show in the requester's part), and all free text (what happened, direct safety, the SOF7 conclusion,
 * the reason for closing); entries, tasks and screening requests are resources of their own and are not read here.
 */
@ApplicationScoped
public class Crisisdossierpersoonsgegevens implements Persoonsgegevensbron {


    @Inject
    CrisisdossierRepository dossiers;

    @Override
    public Set<String> brontypen() {
        return Set.of(Bronnen.CRISISDOSSIER.naam());
    }

    @Override
    public Optional<Persoonsgegevens> over(String bronType, UUID bronId, Set<UUID> persoon) {
        return dossiers.dossier(bronId).flatMap(d -> over(d, persoon));
    }

    /** The lines about the person in this file; empty when it does not name the person. */
    static Optional<Persoonsgegevens> over(Crisisdossier dossier, Set<UUID> persoon) {
        List<Crisisbetrokkene> zelf = dossier.betrokkenen().stream().filter(b -> persoon.contains(b.id())).toList();
        if (zelf.isEmpty()) {
            return Optional.empty();
        }
        List<Gegeven> gegevens = new ArrayList<>();
        for (Crisisbetrokkene b : zelf) {
            String naam = (b.voornaam() == null ? "" : b.voornaam()) + " " + (b.achternaam() == null ? "" : b.achternaam());
            voeg(gegevens, "Naam", naam.strip());
            voeg(gegevens, "Geboortedatum", b.geboortedatum().orElse(null));
            voeg(gegevens, "Uw rol", rol(b.rol()));
        }
        voeg(gegevens, "Status", dossier.status() == Dossierstatus.OPEN ? "open" : "gesloten");
        voeg(gegevens, "Gestart op", dag(dossier.gestartOp()));
        voeg(gegevens, "Veiligheidsonderzoek (SOF7) gestart op", dossier.sof7GestartOp().map(d -> dag(d)).orElse(null));
        voeg(gegevens, "Veiligheidsonderzoek (SOF7) afgerond op", dossier.sof7AfgerondOp().map(d -> dag(d)).orElse(null));
        voeg(gegevens, "Gesloten op", dossier.geslotenOp().map(d -> dag(d)).orElse(null));
        voeg(gegevens, "Gesloten met", dossier.sluitingsuitkomst().map(u -> uitkomst(u)).orElse(null));
        return Optional.of(new Persoonsgegevens(zelf.stream().map(Crisisbetrokkene::id).distinct().toList(), gegevens));
    }

    static String rol(Betrokkenenrol rol) {
        return switch (rol) {
            case KIND -> "kind";
            case OUDER -> "ouder";
            case VERZORGER -> "verzorger";
            case SLACHTOFFER -> "slachtoffer";
            case PLEGER -> "pleger";
            case ANDER -> "andere betrokkene";
        };
    }

    private static String uitkomst(Sluitingsuitkomst uitkomst) {
        return switch (uitkomst) {
            case REGULIER -> "terug naar de gewone hulpverlening";
            case OVERDRACHT -> "overdracht via Veilig Thuis";
        };
    }
}
