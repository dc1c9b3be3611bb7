package nl.schakel.crisisdossier.toepassing;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Dmfiregie;
import nl.schakel.crisisdossier.domein.Evaluatiemoment;

/**
 * A file's DMFI track as a co-owner sees it: the casusregisseur (empty before DMFI starts), the review moments earliest
 * first, and which of them are overdue at this moment.
 */
public record Dmfiinzage(Optional<Dmfiregie> regie, List<Evaluatiemoment> evaluatiemomenten, Set<UUID> verlopen) {

    public boolean isVerlopen(Evaluatiemoment moment) {
        return verlopen.contains(moment.id());
    }
}
