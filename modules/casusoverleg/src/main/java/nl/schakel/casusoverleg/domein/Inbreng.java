package nl.schakel.casusoverleg.domein;

import static nl.schakel.casusoverleg.domein.InbrengStatus.*;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.Validatie;
import nl.schakel.gedeeld.persistentie.Uuidkolom;
import nl.schakel.toegang.domein.Gecategoriseerd;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Medewerker;

/**
 * One partner's own contribution to an agenda item, before the meeting. The partner stays its controller: only it
 * changes, shares or withdraws it. A draft is visible to its own organisation alone; once shared, every other reader of
 * the item sees the parts its grants' categories cover and learns which categories were withheld.
 */
@Entity
@Table(schema = "casusoverleg", name = "inbreng")
public class Inbreng {

    static final int MAXIMUM_DELEN = 20;

    @Id
    @Column(name = "id", updatable = false)
    private UUID id;

    @Version
    @Column(name = "versie", nullable = false)
    private int versie;

    @Column(name = "laatst_gewijzigd", nullable = false)
    private OffsetDateTime laatstGewijzigd;

    /**
     * Null once the shared copy of its case is destroyed while the owner's own rule still runs (issue 15, V8). Through
     * {@link Uuidkolom}: EclipseLink's own UUID conversion fails on a null column.
     */
    @Column(name = "agendapunt_id", updatable = false)
    @Convert(converter = Uuidkolom.class)
    private UUID agendapuntId;

    /** The afschaling of its case, copied when it moved out of the destroyed shared copy: its retention clock. */
    @Column(name = "afschaling_op", insertable = false, updatable = false)
    private OffsetDateTime afschalingOp;

    @Column(name = "organisatie_code", nullable = false, updatable = false)
    private String organisatieCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private InbrengStatus status;

    @Column(name = "aangemaakt_door", nullable = false, updatable = false)
    private String aangemaaktDoor;

    @Column(name = "aangemaakt_op", nullable = false, updatable = false)
    private OffsetDateTime aangemaaktOp;

    @Column(name = "gedeeld_op")
    private OffsetDateTime gedeeldOp;

    @Column(name = "ingetrokken_op")
    private OffsetDateTime ingetrokkenOp;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "casusoverleg", name = "inbreng_deel", joinColumns = @JoinColumn(name = "inbreng_id"))
    @OrderColumn(name = "volgorde")
    private List<Inbrengdeel> delen = new ArrayList<>();

    protected Inbreng() {}

    /** A new draft of {@code organisatie} on an open item. */
    public static Inbreng lever(Agendapunt agendapunt, String organisatie, Inbrenggegevens gegevens, Medewerker door, Instant nu) {
        agendapunt.vereisOpen();
        Inbreng inbreng = new Inbreng();
        inbreng.id = UUID.randomUUID();
        inbreng.agendapuntId = agendapunt.id();
        inbreng.organisatieCode = organisatie;
        inbreng.status = CONCEPT;
        inbreng.aangemaaktDoor = door.id();
        inbreng.aangemaaktOp = Aanmelding.utc(nu);
        inbreng.neemOver(gegevens, nu);
        return inbreng;
    }

    /** Replaces the parts. A shared inbreng stays shared (the others see the new version); a withdrawn one is a draft again. */
    public void wijzig(Agendapunt agendapunt, Inbrenggegevens gegevens, Instant nu) {
        agendapunt.vereisOpen();
        neemOver(gegevens, nu);
        if (status == INGETROKKEN) {
            status = CONCEPT;
            ingetrokkenOp = null;
        }
    }

    /** Shares the draft with the item's other readers, each as far as the policy lets them see. */
    public void deel(Agendapunt agendapunt, Instant nu) {
        agendapunt.vereisOpen();
        if (status != CONCEPT) {
            throw new ConflictFout(Foutcodes.INBRENG_CONFLICT, "Alleen een concept wordt gedeeld; deze inbreng is " + status + ".");
        }
        status = GEDEELD;
        gedeeldOp = Aanmelding.utc(nu);
        laatstGewijzigd = Aanmelding.utc(nu);
    }

    /** Takes it back from the table: from now on only the contributor sees it. */
    public void trekIn(Agendapunt agendapunt, Instant nu) {
        agendapunt.vereisOpen();
        if (status == INGETROKKEN) {
            throw new ConflictFout(Foutcodes.INBRENG_CONFLICT, "Deze inbreng is al ingetrokken.");
        }
        status = INGETROKKEN;
        ingetrokkenOp = Aanmelding.utc(nu);
        laatstGewijzigd = Aanmelding.utc(nu);
    }

    /** Whether a reader of {@code organisatie} may know of it at all: its own always, another's once shared. */
    public boolean isZichtbaarVoor(String organisatie) {
        return organisatieCode.equals(organisatie) || status == GEDEELD;
    }

    /** The parts with their owner, for the category filter. */
    public List<Deel> delen() {
        return delen.stream().map(d -> new Deel(d.categorie(), d.grondslag(), d.tekst(), organisatieCode)).toList();
    }

    private void neemOver(Inbrenggegevens gegevens, Instant nu) {
        controleer(gegevens);
        delen.clear();
        for (Inbrenggegevens.Deel deel : gegevens.delen()) {
            delen.add(new Inbrengdeel(Gegevenscategorie.valueOf(deel.categorie()), deel.grondslag().strip(), deel.tekst().strip()));
        }
        laatstGewijzigd = Aanmelding.utc(nu);
    }

    private static void controleer(Inbrenggegevens gegevens) {
        List<Inbrenggegevens.Deel> lijst = gegevens == null || gegevens.delen() == null ? List.of() : gegevens.delen();
        Validatie validatie = new Validatie()
                .regel(!lijst.isEmpty() && lijst.size() <= MAXIMUM_DELEN, "delen", "Eén tot " + MAXIMUM_DELEN + " delen.");
        List<String> categorieen = Arrays.stream(Gegevenscategorie.values()).map(Enum::name).toList();
        for (int i = 0; i < lijst.size(); i++) {
            Inbrenggegevens.Deel deel = lijst.get(i);
            String pad = "delen[" + i + "]";
            if (deel == null) {
                validatie.regel(false, pad, "Een deel, geen lege waarde.");
                continue;
            }
            validatie.verplicht(pad + ".categorie", deel.categorie())
                    .regel(deel.categorie() == null || categorieen.contains(deel.categorie()), pad + ".categorie",
                            "Een van " + categorieen + ".")
                    .verplicht(pad + ".grondslag", deel.grondslag())
                    .maximaleLengte(pad + ".grondslag", deel.grondslag(), 200)
                    .verplicht(pad + ".tekst", deel.tekst())
                    .maximaleLengte(pad + ".tekst", deel.tekst(), 4000);
        }
        validatie.controleer(Foutcodes.ONGELDIGE_INBRENG);
    }

    /** A part as a reader meets it: with the organisation that contributed it. */
    public record Deel(Gegevenscategorie categorie, String grondslag, String tekst, String eigenaar) implements Gecategoriseerd {}

    public UUID id() {
        return id;
    }

    public int versie() {
        return versie;
    }

    public Instant laatstGewijzigd() {
        return laatstGewijzigd.toInstant();
    }

    public UUID agendapuntId() {
        return agendapuntId;
    }

    /**
     * Whether it outlived the shared copy of its case: its item is gone, its owner keeps it by its own retention rule
     * and reads it alone (its own grant); nothing changes it any more.
     */
    public boolean isBewaardNaAfschaling() {
        return agendapuntId == null;
    }

    /** The afschaling of its case as stored on it when it moved out; empty while it is on its item. */
    public Optional<Instant> afschalingOp() {
        return Optional.ofNullable(afschalingOp).map(OffsetDateTime::toInstant);
    }

    public String organisatieCode() {
        return organisatieCode;
    }

    public InbrengStatus status() {
        return status;
    }

    public Optional<Instant> gedeeldOp() {
        return Optional.ofNullable(gedeeldOp).map(OffsetDateTime::toInstant);
    }

    public Optional<Instant> ingetrokkenOp() {
        return Optional.ofNullable(ingetrokkenOp).map(OffsetDateTime::toInstant);
    }
}
