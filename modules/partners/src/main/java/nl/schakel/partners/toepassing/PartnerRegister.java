package nl.schakel.partners.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.NietGevondenFout;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.gedeeld.fout.VersieConflictFout;
import nl.schakel.gedeeld.pagina.Cursor;
import nl.schakel.gedeeld.pagina.Pagina;
import nl.schakel.partners.domein.Gemeente;
import nl.schakel.partners.domein.Organisatie;
import nl.schakel.partners.domein.OrganisatieGegevens;
import nl.schakel.partners.infrastructuur.PartnerRepository;

/** The regional partner register: organisations and municipalities, read by all, written by the register's feed. */
@ApplicationScoped
@Transactional
public class PartnerRegister {

    @Inject
    PartnerRepository repository;

    private final Clock klok = Clock.systemUTC();

    /** Reference data, immutable while the application runs (see {@link #gemeenten()}); null until first read. */
    private volatile Werkgebied werkgebied;

    /** The municipalities as read, and their names by CBS code, made once from them. */
    private record Werkgebied(List<Gemeente> gemeenten, Map<String, String> namen) {}

    public Pagina<Organisatie> zoek(OrganisatieZoekvraag vraag) {
        List<Organisatie> eenMeer = repository.zoek(vraag);
        return Pagina.uit(eenMeer, vraag.grootte(), organisatie -> Cursor.maak(organisatie.code()));
    }

    public Organisatie organisatie(UUID id) {
        return repository.organisatie(id).orElseThrow(() -> nietGevonden());
    }

    public Optional<Organisatie> organisatieMetCode(String code) {
        return repository.organisatieMetCode(code);
    }

    /**
     * The municipalities of the working area, read once per application: they change only through a migration
     * (a merger such as Voorne aan Zee's), and a migration comes with a deployment, which starts the application anew.
     * Until now every inbox page and export read them again, one query for the list and one per municipality for its
     * areas (docs/metingen.md, the nineteenth day).
     */
    public List<Gemeente> gemeenten() {
        return werkgebied().gemeenten();
    }

    /** Municipality names by CBS code: a list or an export shows "Rotterdam", not "GM0599". */
    public Map<String, String> gemeentenamen() {
        return werkgebied().namen();
    }

    private Werkgebied werkgebied() {
        Werkgebied gelezen = werkgebied;
        if (gelezen == null) {
            List<Gemeente> gemeenten = List.copyOf(repository.gemeenten());
            gelezen = new Werkgebied(gemeenten, gemeenten.stream().collect(Collectors.toUnmodifiableMap(Gemeente::code, Gemeente::naam)));
            werkgebied = gelezen; // two first callers at once both read: harmless, the same rows
        }
        return gelezen;
    }

    public Organisatie registreer(OrganisatieGegevens gegevens) {
        gegevens.valideer();
        controleerGemeenten(gegevens);
        if (repository.organisatieMetCode(gegevens.code()).isPresent()) {
            throw new ConflictFout("ORG-002", "Er is al een organisatie met deze code.");
        }
        Organisatie organisatie = Organisatie.registreer(gegevens, Instant.now(klok));
        repository.bewaar(organisatie);
        return organisatie;
    }

    public Organisatie wijzig(UUID id, int verwachteVersie, OrganisatieGegevens gegevens) {
        Organisatie organisatie = organisatie(id);
        if (organisatie.versie() != verwachteVersie) {
            throw new VersieConflictFout("API-412",
                    "De organisatie is intussen gewijzigd (versie " + organisatie.versie() + "); haal haar opnieuw op.");
        }
        gegevens.valideer();
        controleerGemeenten(gegevens);
        organisatie.wijzig(gegevens, Instant.now(klok));
        return repository.bewaarWijziging(organisatie);
    }

    private void controleerGemeenten(OrganisatieGegevens gegevens) {
        List<String> bekend = gemeenten().stream().map(Gemeente::code).toList();
        List<OngeldigeParameter> onbekend = new java.util.ArrayList<>();
        for (int i = 0; i < gegevens.gemeenten().size(); i++) {
            if (!bekend.contains(gegevens.gemeenten().get(i))) {
                onbekend.add(new OngeldigeParameter("gemeenten[" + i + "]", "Geen gemeente in het werkgebied."));
            }
        }
        if (!onbekend.isEmpty()) {
            throw new ValidatieFout("ORG-001", "De invoer voldoet niet aan de regels; zie invalidParams.", onbekend);
        }
    }

    private static NietGevondenFout nietGevonden() {
        return new NietGevondenFout("ORG-404", "Deze organisatie bestaat niet.");
    }
}
