package nl.schakel.overdracht.domein.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.gedeeld.fout.ConflictFout;
import nl.schakel.gedeeld.fout.Validatie;
import nl.schakel.overdracht.domein.Uitvoerder;

/**
 * One monitoring moment of an accepted overdracht: on its planned date Veilig Thuis asks the directbetrokkene and
 * the professional how safe it is now, each on a scale of 0 to 10, and records both scores. A recorded moment may
 * be corrected (a wrong digit), always with the version last seen.
 */
@Entity
@Table(schema = "overdracht", name = "monitoringmoment")
public class Monitoringmoment {

    /** The scores break a rule (missing, not 0-10). */
    public static final String ONGELDIGE_SCORES = "MON-001";
    /** The planned date has not come yet. */
    public static final String NOG_NIET_AAN_DE_BEURT = "MON-010";
    public static final int LAAGSTE_SCORE = 0;
    public static final int HOOGSTE_SCORE = 10;
    /** The KPI's threshold: a score of 6 or more counts as "safe enough" (norm: 65 % of the scores). */
    public static final int VOLDOENDE = 6;

    @Id
    @Column(name = "id", updatable = false)
    private UUID id;

    @Version
    @Column(name = "versie", nullable = false)
    private int versie;

    @Column(name = "laatst_gewijzigd", nullable = false)
    private OffsetDateTime laatstGewijzigd;

    @Column(name = "overdracht_id", nullable = false, updatable = false)
    private UUID overdrachtId;

    @Column(name = "eigenaar_organisatie", nullable = false, updatable = false)
    private String eigenaarOrganisatie;

    @Column(name = "maanden_na_acceptatie", nullable = false, updatable = false)
    private int maandenNaAcceptatie;

    @Column(name = "gepland_op", nullable = false, updatable = false)
    private LocalDate geplandOp;

    @Column(name = "score_directbetrokkene")
    private Integer scoreDirectbetrokkene;

    @Column(name = "score_professional")
    private Integer scoreProfessional;

    @Column(name = "uitgevoerd_op")
    private OffsetDateTime uitgevoerdOp;

    @Column(name = "uitgevoerd_door")
    private String uitgevoerdDoor;

    @Column(name = "uitgevoerd_door_naam")
    private String uitgevoerdDoorNaam;

    protected Monitoringmoment() {}

    /** A moment for the owner of an overdracht accepted at {@code geaccepteerdOp}. */
    public static Monitoringmoment plan(UUID overdrachtId, String eigenaarOrganisatie, int maanden, Instant geaccepteerdOp,
            Monitoringplanning planning) {
        Monitoringmoment moment = new Monitoringmoment();
        moment.id = UUID.randomUUID();
        moment.overdrachtId = overdrachtId;
        moment.eigenaarOrganisatie = eigenaarOrganisatie;
        moment.maandenNaAcceptatie = maanden;
        moment.geplandOp = planning.geplandOp(geaccepteerdOp, maanden);
        moment.laatstGewijzigd = utc(geaccepteerdOp);
        return moment;
    }

    /**
     * Records (or corrects) both scores. Not before the planned date (409): a score taken early would count for the
     * wrong moment in the KPI. Both scores are required, whole numbers 0-10; every broken rule is named at once.
     */
    public void legVast(Integer directbetrokkene, Integer professional, Uitvoerder door, Instant nu) {
        LocalDate vandaag = nu.atZone(Monitoringplanning.NEDERLAND).toLocalDate();
        if (vandaag.isBefore(geplandOp)) {
            throw new ConflictFout(NOG_NIET_AAN_DE_BEURT,
                    "Dit monitoringmoment is gepland op " + geplandOp + "; de scores zijn vanaf die dag vast te leggen.");
        }
        new Validatie()
                .verplicht("scoreDirectbetrokkene", directbetrokkene)
                .regel(binnenSchaal(directbetrokkene), "scoreDirectbetrokkene", "Een heel getal van 0 tot en met 10.")
                .verplicht("scoreProfessional", professional)
                .regel(binnenSchaal(professional), "scoreProfessional", "Een heel getal van 0 tot en met 10.")
                .controleer(ONGELDIGE_SCORES);
        scoreDirectbetrokkene = directbetrokkene;
        scoreProfessional = professional;
        uitgevoerdOp = utc(nu);
        uitgevoerdDoor = door.medewerkerId();
        uitgevoerdDoorNaam = door.naam();
        laatstGewijzigd = utc(nu);
    }

    public Monitoringfase fase(LocalDate vandaag, Monitoringplanning planning) {
        if (isUitgevoerd()) {
            return Monitoringfase.UITGEVOERD;
        }
        if (vandaag.isBefore(geplandOp)) {
            return Monitoringfase.GEPLAND;
        }
        return vandaag.isAfter(planning.uiterlijk(geplandOp)) ? Monitoringfase.VERLOPEN : Monitoringfase.TE_DOEN;
    }

    private static boolean binnenSchaal(Integer score) {
        return score == null || (score >= LAAGSTE_SCORE && score <= HOOGSTE_SCORE);
    }

    /** PostgreSQL keeps microseconds; ETags must match the row. */
    private static OffsetDateTime utc(Instant moment) {
        return moment.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    public boolean isUitgevoerd() {
        return uitgevoerdOp != null;
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

    public UUID overdrachtId() {
        return overdrachtId;
    }

    public String eigenaarOrganisatie() {
        return eigenaarOrganisatie;
    }

    public int maandenNaAcceptatie() {
        return maandenNaAcceptatie;
    }

    public LocalDate geplandOp() {
        return geplandOp;
    }

    public Optional<Integer> scoreDirectbetrokkene() {
        return Optional.ofNullable(scoreDirectbetrokkene);
    }

    public Optional<Integer> scoreProfessional() {
        return Optional.ofNullable(scoreProfessional);
    }

    public Optional<Instant> uitgevoerdOp() {
        return Optional.ofNullable(uitgevoerdOp).map(OffsetDateTime::toInstant);
    }

    public Optional<String> uitgevoerdDoorNaam() {
        return Optional.ofNullable(uitgevoerdDoorNaam);
    }
}
