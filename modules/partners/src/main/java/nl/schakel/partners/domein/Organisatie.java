package nl.schakel.partners.domein;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.gedeeld.fout.OnverwerkbaarFout;

/** A partner organisation in the regional partner register. Its {@code code} is stable and travels in tokens. */
@Entity
@Table(schema = "partners", name = "organisatie")
public class Organisatie {

    @Id
    @Column(name = "id")
    private UUID id;

    @Version
    @Column(name = "versie", nullable = false)
    private int versie;

    /** OffsetDateTime in UTC: the JPA 3.1 of Payara 6 maps it to timestamptz; Instant would become bytea. */
    @Column(name = "laatst_gewijzigd", nullable = false)
    private OffsetDateTime laatstGewijzigd;

    @Column(name = "code", nullable = false, unique = true, updatable = false)
    private String code;

    @Column(name = "naam", nullable = false)
    private String naam;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private OrganisatieType type;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "partners", name = "organisatie_gemeente",
            joinColumns = @JoinColumn(name = "organisatie_id"))
    @OrderColumn(name = "volgorde")
    @Column(name = "gemeente_code")
    private List<String> gemeenten = new ArrayList<>();

    @Column(name = "bovenliggende_organisatie")
    private String bovenliggendeOrganisatie;

    /** Where partners reach the organisation about a person (named by the bekendheidscheck); no personal address. */
    @Column(name = "functionele_mailbox")
    private String functioneleMailbox;

    protected Organisatie() {}

    /** A new entry in the register. */
    public static Organisatie registreer(OrganisatieGegevens gegevens, Instant nu) {
        Organisatie organisatie = new Organisatie();
        organisatie.id = UUID.randomUUID();
        organisatie.code = gegevens.code();
        organisatie.neemOver(gegevens, nu);
        return organisatie;
    }

    /** Takes the register's newer description; the code never changes, it is the organisation's identity. */
    public void wijzig(OrganisatieGegevens gegevens, Instant nu) {
        if (!code.equals(gegevens.code())) {
            throw new OnverwerkbaarFout("ORG-003",
                    "De code van een organisatie verandert niet; registreer een nieuwe organisatie.");
        }
        neemOver(gegevens, nu);
    }

    private void neemOver(OrganisatieGegevens gegevens, Instant nu) {
        this.type = gegevens.valideer();
        this.naam = gegevens.naam().strip();
        this.gemeenten = new ArrayList<>(gegevens.gemeenten());
        this.bovenliggendeOrganisatie = gegevens.bovenliggendeOrganisatie();
        // the register feed does not carry the mailbox (yet): its changes leave the one set here alone
        if (gegevens.functioneleMailbox() != null) {
            this.functioneleMailbox = gegevens.functioneleMailbox().isBlank() ? null : gegevens.functioneleMailbox().strip();
        }
        this.laatstGewijzigd = nu.atOffset(ZoneOffset.UTC);
    }

    public UUID id() {
        return id;
    }

    public int versie() {
        return versie;
    }

    public Instant laatstGewijzigd() {
        return laatstGewijzigd.toInstant();
    }

    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }

    public OrganisatieType type() {
        return type;
    }

    public List<String> gemeenten() {
        return List.copyOf(gemeenten);
    }

    public Optional<String> bovenliggendeOrganisatie() {
        return Optional.ofNullable(bovenliggendeOrganisatie);
    }

    public Optional<String> functioneleMailbox() {
        return Optional.ofNullable(functioneleMailbox);
    }
}
