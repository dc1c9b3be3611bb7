package nl.schakel.platform.matrix;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.ToegangReden;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;

/**
 * What a flow tells the access matrix about itself, so that its cells come from declaring, not from copying a test:
 * who stands in which relation to its resources, and one HTTP request per action of the policy. The
 * {@link Matrixgenerator} makes role × action × relation of it and derives every expected answer from the policy; it
 * refuses a declaration that leaves out an action the policy names under the flow's prefixes, or names one the policy
 * lacks.
 */
public interface Matrixdeclaratie {

    /** The flow's name, for messages: {@code overdracht}. */
    String stroom();

    /** The resource type as grants and logboek rows store it: {@code OVERDRACHT}. */
    String brontype();

    /** The purpose of the flow's grants (a break-glass grant is for {@code CRISIS}, whatever the flow). */
    Doel doel();

    /** The problem code of a resource that does not exist for the caller (the same as a missing id): {@code OVD-404}. */
    String nietGevondenCode();

    /** The path of one resource, to which each request's own path is appended: {@code /api/v1/overdrachten/{id}}. */
    String bronpad(UUID bron);

    /** The policy's action prefixes this flow answers for ({@code overdracht.}, {@code monitoring.}). */
    Set<String> voorvoegsels();

    /** One request per action on one resource, in the order of the cells. */
    List<Verzoek> verzoeken();

    /** The list action: one cell per role and relation, after the others. */
    Zoekverzoek zoeken();

    /** The action that reads the content, and where its field groups are in the answer. */
    Veldgroepen veldgroepen();

    /**
     * Actions under the prefixes that get no cell, each with why and where they are tested instead: an action
     * without a resource, or one whose request would change the relations of the cells after it.
     */
    Map<String, String> zonderCel();

    /** The situations, in the order of the cells; each names the resource it looks at by a key of {@link #richtIn()}. */
    List<Relatie> relaties(Toegangsbeleid beleid);

    /** Brings the resources into their states on the running platform, once before the cells: key → id. */
    Map<String, UUID> richtIn(Toegangsbeleid beleid) throws Exception;

    /**
     * A caller (an organisation, and a person for a personal grant) looking at one resource, with the reasons of
     * its live grants there and the categories they carry. No reasons: the resource does not exist for the caller,
     * whatever grant it once had or others have.
     */
    record Relatie(String naam, String organisatie, String gebruiker, String bron, Set<ToegangReden> redenen,
            Set<Gegevenscategorie> categorieen) {

        public Relatie {
            redenen = Set.copyOf(redenen);
            categorieen = Set.copyOf(categorieen);
        }
    }

    /**
     * One action on one resource as an HTTP request: {@code pad} is appended to {@link #bronpad}; {@code toegestaan}
     * is the status once the gate lets it through (a change without If-Match stops at 428: the gate's answer, nothing
     * changed); {@code pdf} for an answer that is a file.
     */
    record Verzoek(String handeling, String methode, String pad, String body, int toegestaan, boolean pdf) {

        public Verzoek {
            Objects.requireNonNull(handeling, "handeling");
        }

        static Verzoek lees(String handeling, String pad) {
            return new Verzoek(handeling, "GET", pad, null, 200, false);
        }

        static Verzoek pdf(String handeling, String pad) {
            return new Verzoek(handeling, "GET", pad, null, 200, true);
        }

        /** A change without If-Match: through the gate it stops at 428. */
        static Verzoek wijziging(String handeling, String methode, String pad, String body) {
            return new Verzoek(handeling, methode, pad, body, 428, false);
        }
    }

    /** The list action: its path (with paging that holds every resource of the run) and the list's name under {@code _embedded}. */
    record Zoekverzoek(String handeling, String pad, String lijst) {}
}
