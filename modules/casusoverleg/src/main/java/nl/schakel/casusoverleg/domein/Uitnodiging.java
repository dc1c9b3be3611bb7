package nl.schakel.casusoverleg.domein;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.schakel.toegang.domein.Afbakening;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Toegang;

/**
 * A partner invited to one agenda item, optionally only one team or one person of it. The invitation is what the table
 * shows (who sits at this item, and until when); the grant it made ({@code toegangId}, reason UITGENODIGD, this item
 * only, narrowed as the invitation is) is what opens the item. When the meeting moves, the grant's end moves in the
 * access core and this row follows it ({@link #verplaatsEinde}).
 */
@Entity
@Table(schema = "casusoverleg", name = "uitnodiging")
public class Uitnodiging {

    @Id
    @Column(name = "id", updatable = false)
    private UUID id;

    @Column(name = "agendapunt_id", nullable = false, updatable = false)
    private UUID agendapuntId;

    @Column(name = "organisatie_code", nullable = false, updatable = false)
    private String organisatieCode;

    @Column(name = "categorieen", nullable = false, updatable = false)
    private String categorieen;

    @Column(name = "toegang_id", nullable = false, updatable = false)
    private UUID toegangId;

    @Column(name = "geldig_tot", nullable = false)
    private OffsetDateTime geldigTot;

    @Column(name = "team", updatable = false)
    private String team;

    @Column(name = "gebruikersnaam", updatable = false)
    private String gebruikersnaam;

    @Column(name = "uitgenodigd_door", nullable = false, updatable = false)
    private String uitgenodigdDoor;

    @Column(name = "uitgenodigd_door_naam", nullable = false, updatable = false)
    private String uitgenodigdDoorNaam;

    @Column(name = "uitgenodigd_op", nullable = false, updatable = false)
    private OffsetDateTime uitgenodigdOp;

    @Column(name = "beeindigd_op")
    private OffsetDateTime beeindigdOp;

    protected Uitnodiging() {}

    /** Records the invitation that {@code toegang} (made within the policy) carries out. */
    public static Uitnodiging van(Agendapunt agendapunt, Toegang toegang, Medewerker door, Instant nu) {
        Uitnodiging uitnodiging = new Uitnodiging();
        uitnodiging.id = UUID.randomUUID();
        uitnodiging.agendapuntId = agendapunt.id();
        uitnodiging.organisatieCode = toegang.organisatieCode();
        uitnodiging.categorieen = toegang.categorieen().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        uitnodiging.toegangId = toegang.id();
        uitnodiging.geldigTot = Aanmelding.utc(toegang.geldigTot().orElseThrow());
        uitnodiging.team = toegang.team().orElse(null);
        uitnodiging.gebruikersnaam = toegang.gebruikersnaam().orElse(null);
        uitnodiging.uitgenodigdDoor = door.id();
        uitnodiging.uitgenodigdDoorNaam = door.naam();
        uitnodiging.uitgenodigdOp = Aanmelding.utc(nu);
        return uitnodiging;
    }

    /** The case was closed: the invitation ends now (its grant is ended with it). */
    public void beeindig(Instant nu) {
        if (beeindigdOp == null) {
            beeindigdOp = Aanmelding.utc(nu);
        }
    }

    /** The meeting moved: the grant's end moved with it (the access core did that), and so does what the table shows. */
    public void verplaatsEinde(Instant nieuwEinde) {
        geldigTot = Aanmelding.utc(nieuwEinde);
    }

    /** Whom of the organisation the invitation is for: a team, a person, or all of it. */
    public Afbakening afbakening() {
        return new Afbakening(Optional.ofNullable(team), Optional.ofNullable(gebruikersnaam));
    }

    public boolean isLopend(Instant nu) {
        return beeindigdOp == null && geldigTot.toInstant().isAfter(nu);
    }

    public UUID id() {
        return id;
    }

    public UUID agendapuntId() {
        return agendapuntId;
    }

    public String organisatieCode() {
        return organisatieCode;
    }

    public Set<Gegevenscategorie> categorieen() {
        Set<Gegevenscategorie> set = EnumSet.noneOf(Gegevenscategorie.class);
        if (!categorieen.isBlank()) {
            Arrays.stream(categorieen.split(",")).map(Gegevenscategorie::valueOf).forEach(set::add);
        }
        return set;
    }

    public UUID toegangId() {
        return toegangId;
    }

    public Instant geldigTot() {
        return geldigTot.toInstant();
    }

    public Instant uitgenodigdOp() {
        return uitgenodigdOp.toInstant();
    }

    public Optional<Instant> beeindigdOp() {
        return Optional.ofNullable(beeindigdOp).map(OffsetDateTime::toInstant);
    }
}
