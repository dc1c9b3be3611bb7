package nl.schakel.toegang.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.partners.domein.Organisatie;
import nl.schakel.partners.domein.OrganisatieType;
import nl.schakel.partners.toepassing.PartnerRegister;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Brontype;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.domein.verzoek.Termijn;
import nl.schakel.toegang.domein.verzoek.Verzoek;
import nl.schakel.toegang.domein.verzoek.VerzoekHandeling;
import nl.schakel.toegang.domein.verzoek.Verzoeksoort;
import nl.schakel.toegang.infrastructuur.InzagePdf;
import nl.schakel.toegang.infrastructuur.VerzoekRepository;
import nl.schakel.toegang.infrastructuur.VerzoekRepository.Houder;
import nl.schakel.toegang.infrastructuur.VerzoekRepository.Inzage;
import nl.schakel.toegang.toepassing.Persoonsgegevensbron.Gegeven;
import nl.schakel.toegang.toepassing.Persoonsgegevensbron.Persoonsgegevens;

/**
 * The inzage report of a request for inzage, as a PDF for the contact point to review and hand over. Which resources
 * are about the person comes from the person registry and the logboek; per resource its kind, its owner and the date it
 * began, the person's own data in it as the flow that owns the type gives them (a {@link Persoonsgegevensbron}: name,
 * date of birth, role in the case, the case's kind, status and dates; the access core reads no flow's tables itself),
 * and "overige inhoud op te vragen bij &lt;owner&gt;" for the rest (the owner's own answer to its part says what it
 * holds); then the organisations' answers, and who looked at the data (organisation, role, purpose, date; never a user).
 * Other family members and the melder are never in it: the sources answer for this person's registry ids only.
 * <p>
 * Left out, with a reason code in the reviewer's part (never in the requester's part): whatever the police or the Openbaar
 * Ministerie hold (their resources, their holdings of others' resources), their answers and their accesses
 * ({@value #STRAFRECHTELIJK}); until an owner can release an item, this is always so. Generating is logged on the request
 * ({@code verzoek.inzage-exporteren}), each resource whose content was read for it on that resource (the same action,
 * with the person's ids the resource names: every access to personal data is logged), and each withheld item on itself
 * ({@code verzoek.inzage-achterhouden}).
 */
@ApplicationScoped
@Transactional
public class Inzagerapport {

    /** Reason code: police or OM information, withheld unless its owner releases it. */
    public static final String STRAFRECHTELIJK = "LOPEND_STRAFRECHTELIJK_ONDERZOEK";

    private static final Set<OrganisatieType> JUSTITIEEL = Set.of(OrganisatieType.POLITIE, OrganisatieType.OPENBAAR_MINISTERIE);

    @Inject
    Verzoekbehandeling behandeling;

    @Inject
    VerzoekRepository verzoeken;

    @Inject
    PartnerRegister partners;

    @Inject
    Toegangspoort poort;

    @Inject
    Instance<Persoonsgegevensbron> bronnen;

    /** An item of the report: one resource about the person, with the person's own data in it (empty: none known). */
    public record Onderdeel(String bronType, UUID bronId, String eigenaar, LocalDate sinds, List<Gegeven> gegevens) {

        public Onderdeel {
            gegevens = List.copyOf(gegevens);
        }

        Onderdeel met(List<Gegeven> gevonden) {
            return new Onderdeel(bronType, bronId, eigenaar, sinds, gevonden);
        }
    }

    /** Something left out, for the reviewer. */
    public record Achtergehouden(String omschrijving, String redencode) {}

    /** The report's content, before layout. */
    public record Inhoud(Verzoek verzoek, String contactpunt, List<Onderdeel> onderdelen, Map<String, String> antwoorden,
            List<String> inzagen, List<Achtergehouden> achtergehouden) {}

    public byte[] pdf(Medewerker medewerker, UUID id) {
        Verzoek verzoek = behandeling.eigen(medewerker, VerzoekHandeling.INZAGE_EXPORTEREN, id);
        if (verzoek.soort() != Verzoeksoort.INZAGE) {
            throw new ConflictFout(Verzoekbehandeling.GEEN_INZAGE, "Een inzagerapport hoort bij een verzoek om inzage; dit is een verzoek om "
                    + verzoek.soort().omschrijving().toLowerCase() + ".");
        }
        List<Houder> houders = verzoeken.houders(verzoek.betrokkenen());
        Inhoud inhoud = metPersoonsgegevens(medewerker, verzoek, inhoud(verzoek, houders));
        Set<String> vrij = vrijgegeven(verzoek);
        behandeling.log(medewerker, VerzoekHandeling.INZAGE_EXPORTEREN, verzoek);
        // every withheld holding on its own resource, and the withheld accesses and answers on the request
        for (Houder h : justitieel(houders, vrij)) {
            poort.registreer(medewerker, VerzoekHandeling.INZAGE_ACHTERHOUDEN, Optional.of(new Bron(Brontype.van(h.bronType()), h.bronId())),
                    verzoek.betrokkenen(), Doel.PRIVACYBEHEER);
        }
        if (inhoud.achtergehouden().size() > justitieel(houders, vrij).size()) {
            poort.registreer(medewerker, VerzoekHandeling.INZAGE_ACHTERHOUDEN, Optional.of(new Bron(VerzoekHandeling.VERZOEK, verzoek.id())),
                    verzoek.betrokkenen(), Doel.PRIVACYBEHEER);
        }
        return InzagePdf.maak(inhoud);
    }

    /**
     * Each resource shown (never a withheld one: its content is not read) with what its flow says about the person; every
     * resource read is logged on itself with the person's ids it names, for the privacy officer's purpose.
     */
    private Inhoud metPersoonsgegevens(Medewerker medewerker, Verzoek verzoek, Inhoud inhoud) {
        Set<UUID> persoon = Set.copyOf(verzoek.betrokkenen());
        List<Onderdeel> onderdelen = new ArrayList<>();
        for (Onderdeel o : inhoud.onderdelen()) {
            Optional<Persoonsgegevens> gevonden = bron(o.bronType()).flatMap(b -> b.over(o.bronType(), o.bronId(), persoon));
            gevonden.ifPresent(g -> poort.registreer(medewerker, VerzoekHandeling.INZAGE_EXPORTEREN,
                    Optional.of(new Bron(Brontype.van(o.bronType()), o.bronId())), g.betrokkenen(), Doel.PRIVACYBEHEER));
            onderdelen.add(gevonden.map(g -> o.met(g.gegevens())).orElse(o));
        }
        return new Inhoud(inhoud.verzoek(), inhoud.contactpunt(), onderdelen, inhoud.antwoorden(), inhoud.inzagen(), inhoud.achtergehouden());
    }

    /** The flow's source for this resource type, if a module declares one. */
    private Optional<Persoonsgegevensbron> bron(String bronType) {
        return bronnen.stream().filter(b -> b.brontypen().contains(bronType)).findFirst();
    }

    Inhoud inhoud(Verzoek verzoek, List<Houder> houders) {
        Set<String> vrij = vrijgegeven(verzoek);
        List<Onderdeel> onderdelen = onderdelen(houders).stream().filter(o -> !achter(o.eigenaar(), vrij))
                .map(o -> new Onderdeel(o.bronType(), o.bronId(), naam(o.eigenaar()), o.sinds(), List.of())).toList();
        List<Achtergehouden> achtergehouden = new ArrayList<>();
        for (Houder h : justitieel(houders, vrij)) {
            achtergehouden.add(new Achtergehouden("Gegevens bij " + naam(h.organisatie()) + ": " + InzagePdf.brontype(h.bronType()) + " (sinds "
                    + LocalDate.ofInstant(h.sinds(), Termijn.NEDERLAND) + ")", STRAFRECHTELIJK));
        }
        Map<String, String> antwoorden = new LinkedHashMap<>();
        verzoek.delen().stream().filter(d -> d.antwoord().isPresent()).forEach(d -> {
            if (achter(d.organisatie(), vrij)) {
                achtergehouden.add(new Achtergehouden("Antwoord van " + naam(d.organisatie()), STRAFRECHTELIJK));
            } else {
                antwoorden.put(naam(d.organisatie()), d.antwoord().get());
            }
        });
        Set<String> inzagen = new LinkedHashSet<>();
        Map<String, Integer> justitieleInzagen = new TreeMap<>();
        for (Inzage i : verzoeken.inzagen(verzoek.betrokkenen())) {
            if (achter(i.organisatie(), vrij)) {
                justitieleInzagen.merge(naam(i.organisatie()), 1, Integer::sum);
                continue;
            }
            inzagen.add(LocalDate.ofInstant(i.tijdstip(), Termijn.NEDERLAND) + " — " + naam(i.organisatie()) + ", " + rol(i.rol()) + ", voor "
                    + doel(i.doel()));
        }
        justitieleInzagen.forEach((organisatie, aantal) -> achtergehouden.add(new Achtergehouden("Inzagen door " + organisatie + " ("
                + aantal + ")", STRAFRECHTELIJK)));
        return new Inhoud(verzoek, naam(verzoek.contactpunt()), onderdelen, antwoorden, List.copyOf(inzagen), achtergehouden);
    }

    /** The organisations that released their holdings with their answer. */
    private static Set<String> vrijgegeven(Verzoek verzoek) {
        return verzoek.delen().stream().filter(d -> d.vrijgegeven()).map(d -> d.organisatie()).collect(Collectors.toSet());
    }

    /** Withheld: the police or the OM, unless it released its holdings for this request. */
    private boolean achter(String code, Set<String> vrij) {
        return isJustitieel(code) && !vrij.contains(code);
    }

    /** The withheld holdings of the police and the OM, one per organisation and resource (the earliest). */
    private List<Houder> justitieel(List<Houder> houders, Set<String> vrij) {
        Map<String, Houder> per = new TreeMap<>();
        houders.stream().filter(h -> achter(h.organisatie(), vrij)).sorted(Comparator.comparing(Houder::sinds))
                .forEach(h -> per.putIfAbsent(h.organisatie() + ":" + h.bronType() + ":" + h.bronId(), h));
        return List.copyOf(per.values());
    }

    /** One item per resource: its owner (the EIGENAAR grant, else the first holder) and the earliest date. */
    private static List<Onderdeel> onderdelen(List<Houder> houders) {
        Map<String, List<Houder>> perBron = houders.stream().collect(Collectors.groupingBy(h -> h.bronType() + ":" + h.bronId(), TreeMap::new,
                Collectors.toList()));
        List<Onderdeel> onderdelen = new ArrayList<>();
        perBron.values().forEach(lijst -> {
            Houder eigenaar = lijst.stream().filter(Houder::eigenaar).findFirst()
                    .orElseGet(() -> lijst.stream().min(Comparator.comparing(Houder::sinds)).orElseThrow());
            LocalDate sinds = LocalDate.ofInstant(lijst.stream().map(Houder::sinds).min(Comparator.naturalOrder()).orElseThrow(),
                    Termijn.NEDERLAND);
            onderdelen.add(new Onderdeel(eigenaar.bronType(), eigenaar.bronId(), eigenaar.organisatie(), sinds, List.of()));
        });
        onderdelen.sort(Comparator.comparing(Onderdeel::sinds).thenComparing(Onderdeel::bronType));
        return onderdelen;
    }

    private boolean isJustitieel(String code) {
        return partners.organisatieMetCode(code).map(o -> JUSTITIEEL.contains(o.type())).orElse(false);
    }

    private String naam(String code) {
        return partners.organisatieMetCode(code).map(Organisatie::naam).orElse(code);
    }

    private static String rol(String claims) {
        return List.of(claims.split(",")).stream().map(c -> Rol.vanClaim(c.strip()).map(Rol::label).orElse(c.strip()))
                .filter(t -> !t.isEmpty()).collect(Collectors.joining(", "));
    }

    private static String doel(String doel) {
        try {
            return Doel.valueOf(doel).omschrijving();
        } catch (IllegalArgumentException | NullPointerException e) {
            return "onbekend doel";
        }
    }
}
