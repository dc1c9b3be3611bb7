package nl.schakel.overdracht.domein.inhoud;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Where the betrokkenen of an overdracht get their ids: the platform's person registry (toegang), so that one person
 * has one id in every overdracht and every other flow, and the logboek can be asked about that person. Behind this
 * port so the domain stays free of the database; {@code toepassing.Registerherkenning} is the real one.
 */
@FunctionalInterface
public interface Betrokkenenherkenning {

    /**
     * The id of each betrokkene of validated content, in order.
     *
     * @param gehouden the ids the overdracht already carried before this change (empty for a new one): the only ids
     *                 sent by a client that may be kept, and only for a betrokkene without BSN
     */
    List<UUID> platformIds(List<Betrokkene> betrokkenen, Set<UUID> gehouden);
}
