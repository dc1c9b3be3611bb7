package nl.schakel.partners.domein;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** A municipality of the working area, identified by its CBS code (e.g. GM0599 Rotterdam). Reference data. */
@Entity
@Table(schema = "partners", name = "gemeente")
public class Gemeente {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "naam", nullable = false)
    private String naam;

    /** Set when the municipality merged into another one, e.g. Brielle into Voorne aan Zee in 2023. */
    @Column(name = "opgegaan_in")
    private String opgegaanIn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "partners", name = "gebied", joinColumns = @JoinColumn(name = "gemeente_code"))
    @OrderBy("naam")
    private List<Gebied> gebieden;

    protected Gemeente() {}

    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }

    public Optional<String> opgegaanIn() {
        return Optional.ofNullable(opgegaanIn);
    }

    public List<Gebied> gebieden() {
        return List.copyOf(gebieden);
    }

    public SortedSet<Regio> regios() {
        TreeSet<Regio> regios = new TreeSet<>();
        gebieden.forEach(gebied -> regios.add(gebied.regio()));
        return regios;
    }
}
