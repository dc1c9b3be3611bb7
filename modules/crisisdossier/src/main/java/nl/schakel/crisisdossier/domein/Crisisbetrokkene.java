package nl.schakel.crisisdossier.domein;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.gedeeld.persistentie.Uuidkolom;

/** A betrokkene of a crisis at minimal identity, with the platform id the person registry gave it. */
@Embeddable
public class Crisisbetrokkene {

    @Convert(converter = Uuidkolom.class)
    @Column(name = "betrokkene_id", nullable = false)
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "rol", nullable = false)
    private Betrokkenenrol rol;

    @Column(name = "voornaam", nullable = false)
    private String voornaam;

    @Column(name = "achternaam", nullable = false)
    private String achternaam;

    @Column(name = "geboortedatum")
    private LocalDate geboortedatum;

    protected Crisisbetrokkene() {}

    Crisisbetrokkene(UUID id, Betrokkenenrol rol, String voornaam, String achternaam, LocalDate geboortedatum) {
        this.id = id;
        this.rol = rol;
        this.voornaam = voornaam;
        this.achternaam = achternaam;
        this.geboortedatum = geboortedatum;
    }

    public UUID id() {
        return id;
    }

    public Betrokkenenrol rol() {
        return rol;
    }

    public String voornaam() {
        return voornaam;
    }

    public String achternaam() {
        return achternaam;
    }

    public Optional<LocalDate> geboortedatum() {
        return Optional.ofNullable(geboortedatum);
    }
}
