package nl.schakel.casusoverleg.domein;

import java.util.Optional;

/**
 * The minutes of one agenda item: the joint analysis, the decisions, the plan of aanpak and who directs the case until
 * the next meeting (an organisation at the item, and the name of its professional). Texts up to 4000 characters.
 */
public record Verslag(String analyse, String besluiten, String planVanAanpak, Casusregisseur casusregisseur) {

    /** Who directs the case between meetings. */
    public record Casusregisseur(String organisatieCode, String naam) {}

    public Optional<Casusregisseur> regisseur() {
        return Optional.ofNullable(casusregisseur);
    }
}
