package nl.schakel.casusoverleg.domein;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.toegang.domein.Gegevenscategorie;

/**
 * The minutes of one agenda item as one organisation may take them out of Schakel (verslag.pdf): the table, the meeting
 * date, the item's number and the case's short reference ({@link Agendaoverzicht#kenmerk}), the verslag (analysis,
 * decisions, plan of aanpak with its casusregisseur) and the item's actions with owner, date and status. The case is
 * named by its reference only, never by the betrokkenen's names: a reader who needs them opens the item in Schakel.
 * <p>
 * The verslag and the actions are the table's joint view of the family's safety ({@link #CATEGORIE}); a reader whose
 * grants do not carry that category gets a file that says it is withheld, not its text.
 *
 * @param organisatie    the organisation the file is made for (the caller's)
 * @param achtergehouden the categories of the minutes the caller's grants do not carry
 */
public record Verslagoverzicht(UUID agendapuntId, String tafelnaam, LocalDate overlegdatum, int volgnummer, String kenmerk,
        String organisatie, Optional<Verslag> verslag, Optional<Instant> verslagOp, List<Actieregel> acties,
        Set<Gegevenscategorie> achtergehouden) {

    /** The category of the minutes and of the actions: the joint safety approach of the table. */
    public static final Gegevenscategorie CATEGORIE = Gegevenscategorie.VEILIGHEID;

    public Verslagoverzicht {
        Objects.requireNonNull(agendapuntId);
        acties = List.copyOf(acties);
        achtergehouden = Set.copyOf(achtergehouden);
        if (!achtergehouden.isEmpty()) {
            verslag = Optional.empty();
            acties = List.of();
        }
    }

    /** One action of the item: who does what by when, and where it stands (with the reason when not done). */
    public record Actieregel(String eigenaar, String omschrijving, LocalDate uiterlijk, ActieStatus status, Optional<String> reden) {

        public static Actieregel van(Actie actie) {
            return new Actieregel(actie.eigenaarOrganisatie(), actie.omschrijving(), actie.uiterlijk(), actie.status(), actie.reden());
        }
    }

    /** The minutes for a reader with {@code categorieen}: whole when they carry {@link #CATEGORIE}, withheld otherwise. */
    public static Verslagoverzicht van(Agendapunt punt, Overleg overleg, Overlegtafel tafel, String organisatie, List<Actie> acties,
            Set<Gegevenscategorie> categorieen) {
        Set<Gegevenscategorie> achtergehouden = categorieen.contains(CATEGORIE) ? Set.of() : Set.of(CATEGORIE);
        return new Verslagoverzicht(punt.id(), tafel.naam(), overleg.datum(), punt.volgnummer(), Agendaoverzicht.kenmerk(punt.aanmeldingId()),
                organisatie, punt.verslag(), punt.verslagOp(), acties.stream().map(Actieregel::van).toList(), achtergehouden);
    }
}
