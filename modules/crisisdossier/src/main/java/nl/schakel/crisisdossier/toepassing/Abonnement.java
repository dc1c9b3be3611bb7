package nl.schakel.crisisdossier.toepassing;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Livegebeurtenis;
import nl.schakel.toegang.domein.Categoriefilter;

/**
 * An open screen's subscription to a file, as the gate allowed it: which events it may hear (an entry only when the
 * viewer's grants show its category or it is its own organisation's), and until when (a break-glass grant runs out).
 */
public record Abonnement(UUID crisisdossierId, String medewerkerId, Categoriefilter filter, Optional<Instant> tot) {

    public boolean hoort(Livegebeurtenis gebeurtenis) {
        return gebeurtenis.categorie().map(categorie -> filter.toont(new Deel(categorie, gebeurtenis.organisatie().orElse(""))))
                .orElse(true);
    }

    public boolean isVerlopen(Instant nu) {
        return tot.map(nu::isAfter).orElse(false);
    }

    private record Deel(nl.schakel.toegang.domein.Gegevenscategorie categorie, String eigenaar)
            implements nl.schakel.toegang.domein.Gecategoriseerd {}
}
