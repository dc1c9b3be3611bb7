package nl.schakel.overdracht.domein.inhoud;

import java.util.List;
import nl.schakel.toegang.domein.Gegevenscategorie;

/**
 * The content as one recipient may see it, and the categories left out of it (sorted, for the API's
 * {@code "achtergehouden"}), so a partner knows what to ask for without seeing it.
 */
public record GefilterdeInhoud(OverdrachtInhoud inhoud, List<Gegevenscategorie> achtergehouden) {

    public GefilterdeInhoud {
        achtergehouden = List.copyOf(achtergehouden);
    }
}
