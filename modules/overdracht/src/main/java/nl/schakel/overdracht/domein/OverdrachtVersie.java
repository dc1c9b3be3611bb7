package nl.schakel.overdracht.domein;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.overdracht.domein.inhoud.OverdrachtInhoud;
import nl.schakel.toegang.domein.Gegevenscategorie;

/**
 * An overdracht as it was at one version (HAPI-style history, {@code /versies/{n}}). Written in the same
 * transaction as the change it records; the database role may insert and read it, never change it.
 */
@Entity
@Table(schema = "overdracht", name = "overdracht_versie")
@IdClass(OverdrachtVersie.Sleutel.class)
public class OverdrachtVersie {

    @Id
    @Column(name = "overdracht_id", updatable = false)
    private UUID overdrachtId;

    @Id
    @Column(name = "versie", updatable = false)
    private int versie;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, updatable = false)
    private OverdrachtStatus status;

    @Column(name = "ontvangende_organisatie", updatable = false)
    private String ontvangendeOrganisatie;

    @Column(name = "gedeelde_categorieen", nullable = false, updatable = false)
    private String gedeeldeCategorieen;

    @Column(name = "inhoud", nullable = false, updatable = false, columnDefinition = "jsonb")
    private OverdrachtInhoud inhoud;

    @Column(name = "gewijzigd_op", nullable = false, updatable = false)
    private OffsetDateTime gewijzigdOp;

    @Column(name = "gewijzigd_door", nullable = false, updatable = false)
    private String gewijzigdDoor;

    @Column(name = "gewijzigd_door_naam", nullable = false, updatable = false)
    private String gewijzigdDoorNaam;

    protected OverdrachtVersie() {}

    /** The overdracht as it is now; call after the change was flushed, so {@code versie} is the new number. */
    public static OverdrachtVersie van(Overdracht overdracht, Uitvoerder door) {
        OverdrachtVersie versie = new OverdrachtVersie();
        versie.overdrachtId = overdracht.id();
        versie.versie = overdracht.versie();
        versie.status = overdracht.status();
        versie.ontvangendeOrganisatie = overdracht.ontvangendeOrganisatie().orElse(null);
        versie.gedeeldeCategorieen = Categorieen.alsTekst(overdracht.gedeeldeCategorieen());
        versie.inhoud = overdracht.inhoud();
        versie.gewijzigdOp = overdracht.laatstGewijzigd().atOffset(ZoneOffset.UTC);
        versie.gewijzigdDoor = door.medewerkerId();
        versie.gewijzigdDoorNaam = door.naam();
        return versie;
    }

    public UUID overdrachtId() {
        return overdrachtId;
    }

    public int versie() {
        return versie;
    }

    public OverdrachtStatus status() {
        return status;
    }

    public Optional<String> ontvangendeOrganisatie() {
        return Optional.ofNullable(ontvangendeOrganisatie);
    }

    public Set<Gegevenscategorie> gedeeldeCategorieen() {
        return Categorieen.uitTekst(gedeeldeCategorieen);
    }

    public OverdrachtInhoud inhoud() {
        return inhoud;
    }

    public Instant gewijzigdOp() {
        return gewijzigdOp.toInstant();
    }

    public String gewijzigdDoor() {
        return gewijzigdDoor;
    }

    public String gewijzigdDoorNaam() {
        return gewijzigdDoorNaam;
    }

    /** The composite key (overdracht, versie). */
    public static class Sleutel implements Serializable {

        private static final long serialVersionUID = 1L;

        private UUID overdrachtId;
        private int versie;

        public Sleutel() {}

        public Sleutel(UUID overdrachtId, int versie) {
            this.overdrachtId = overdrachtId;
            this.versie = versie;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sleutel s && versie == s.versie && Objects.equals(overdrachtId, s.overdrachtId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(overdrachtId, versie);
        }
    }
}
