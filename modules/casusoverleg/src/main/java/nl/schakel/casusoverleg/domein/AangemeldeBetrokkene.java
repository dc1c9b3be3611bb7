package nl.schakel.casusoverleg.domein;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.gedeeld.persistentie.Uuidkolom;

/** A betrokkene of a registered case, at minimal identity: enough to recognise the family at the table, no more. */
@Embeddable
public class AangemeldeBetrokkene {

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

    protected AangemeldeBetrokkene() {}

    AangemeldeBetrokkene(UUID id, Betrokkenenrol rol, String voornaam, String achternaam, LocalDate geboortedatum) {
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
