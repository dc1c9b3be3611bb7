package nl.schakel.casusoverleg.domein;

import java.util.List;

/** A partner's contribution as the API receives it (JSON-B): parts, each with its category and its legal basis. */
public record Inbrenggegevens(List<Deel> delen) {

    /** One part: what kind of information it is ({@code JUSTITIEEL}, ...), on which legal basis it is shared, and the text. */
    public record Deel(String categorie, String grondslag, String tekst) {}
}
