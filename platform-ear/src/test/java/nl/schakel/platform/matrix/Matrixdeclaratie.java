package nl.schakel.platform.matrix;

import jakarta.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

    /** Every list action, in the order of the cells; a flow with lists of several resource types names each. */
    default List<Zoekverzoek> zoekverzoeken() {
        return List.of(zoeken());
    }

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

    // ---- for a flow with resources inside others (a meeting, its items, their inbreng); flow 1 keeps the defaults

    /** The key (of {@link #richtIn}) of the resource an action of this relation works on: by default the relation's own. */
    default String bronVan(Relatie relatie, String handeling) {
        return relatie.bron();
    }

    /** The key of the resource a resource sits in, so that a grant on it opens this one too (the gate's parents). */
    default Optional<String> ouder(String sleutel) {
        return Optional.empty();
    }

    /** The resource type of a key, as grants and logboek rows store it. */
    default String brontype(String sleutel) {
        return brontype();
    }

    /** The path of a request on the resource with this key. */
    default String pad(Verzoek verzoek, String sleutel, Map<String, UUID> bronnen) {
        return bronpad(bronnen.get(sleutel)) + verzoek.pad();
    }

    /**
     * A rule of the flow after the gate that changes the answer of a cell the gate lets through, stated once for the
     * flow rather than per cell (only the contributor changes its inbreng): empty when the gate's answer stands.
     */
    default Optional<Verwachting> naDePoort(Relatie relatie, String handeling, Verwachting poort) {
        return Optional.empty();
    }

    /**
     * What the flow tells a caller the gate found no grant for, when it is not the plain "does not exist": still a
     * refusal in the logboek and nothing of the resource, only another status and code (the overdracht tells the
     * organisation that returned it that it did: 410 OVD-410). Empty when the 404 stands.
     */
    default Optional<Verwachting> zonderToegang(Relatie relatie, String handeling, Verwachting poort) {
        return Optional.empty();
    }

    /**
     * Whether a list the gate lets through holds the relation's resource, when the flow's list is not made of grants (the
     * gate decides it by role only): the returns an organisation made are its own steps, after its grants ended. Empty
     * when the grants decide, as for every other list.
     */
    default Optional<Verwachting> inDeLijst(Relatie relatie, String handeling, Verwachting poort) {
        return Optional.empty();
    }

    /**
     * Whether the platform run takes a sample of this flow's cells ({@link Matrixgenerator#steekproef}) instead of all
     * of them; the in-process run always decides all. A flow opts in when its full run on the EAR takes too long.
     */
    default boolean steekproefOpHetPlatform() {
        return false;
    }

    /** Checks the content the reading action returned against the categories the relation's grants carry. */
    default void controleerInhoud(JsonObject antwoord, Relatie relatie, Set<Gegevenscategorie> categorieen) {
        veldgroepen().controleer(antwoord, categorieen);
    }

    /**
     * A caller (an organisation, and a person for a personal grant) looking at one resource, with the reasons of
     * its live grants there and the categories they carry. No reasons: the resource does not exist for the caller,
     * whatever grant it once had or others have.
     */
    record Relatie(String naam, String organisatie, String gebruiker, String bron, Set<ToegangReden> redenen,
            Set<Gegevenscategorie> categorieen, List<Recht> rechten) {

        public Relatie {
            redenen = Set.copyOf(redenen);
            categorieen = Set.copyOf(categorieen);
            rechten = List.copyOf(rechten);
        }

        /** Every grant on the relation's own resource, with the same categories (flow 1). */
        public Relatie(String naam, String organisatie, String gebruiker, String bron, Set<ToegangReden> redenen,
                Set<Gegevenscategorie> categorieen) {
            this(naam, organisatie, gebruiker, bron, redenen, categorieen,
                    redenen.stream().sorted().map(reden -> new Recht(bron, reden, categorieen)).toList());
        }

        /**
         * A caller in a situation ({@code bron}: the prefix of its resources' keys) with grants on several of its
         * resources; {@code redenen} and {@code categorieen} are then the union, for messages only.
         */
        static Relatie met(String naam, String organisatie, String gebruiker, String situatie, Recht... rechten) {
            Set<ToegangReden> redenen = new LinkedHashSet<>();
            Set<Gegevenscategorie> categorieen = new LinkedHashSet<>();
            for (Recht recht : rechten) {
                redenen.add(recht.reden());
                categorieen.addAll(recht.categorieen());
            }
            return new Relatie(naam, organisatie, gebruiker, situatie, redenen, categorieen, List.of(rechten));
        }
    }

    /**
     * One live grant of a relation's organisation: on the resource with this key, for this reason, carrying these
     * categories; {@code alleenVoorTeam} narrows it to a team of the organisation. The matrix's callers carry no team
     * claim, so a narrowed grant is held by their organisation but opens nothing for them: the gate does not find it
     * (the same 404 as for a missing id), exactly as for a colleague outside the invited team.
     */
    record Recht(String bron, ToegangReden reden, Set<Gegevenscategorie> categorieen, Optional<String> alleenVoorTeam) {

        public Recht {
            categorieen = Set.copyOf(categorieen);
        }

        public Recht(String bron, ToegangReden reden, Set<Gegevenscategorie> categorieen) {
            this(bron, reden, categorieen, Optional.empty());
        }
    }

    /**
     * One action on one resource as an HTTP request: {@code pad} is appended to {@link #bronpad}; {@code toegestaan}
     * is the status once the gate lets it through (a change without If-Match stops at 428: the gate's answer, nothing
     * changed); {@code pdf} for an answer that is a file; {@code ifMatch} an If-Match header to send, or null (flows 1
     * and 2 send none); {@code stroom} for a server-sent event stream, read up to its first event and then closed.
     */
    record Verzoek(String handeling, String methode, String pad, String body, int toegestaan, boolean pdf, String ifMatch,
            boolean stroom) {

        /** A version no resource of a matrix run reaches (ETags are the version in quotes). */
        static final String NOOIT_GEZIENE_VERSIE = "\"999999999\"";

        public Verzoek {
            Objects.requireNonNull(handeling, "handeling");
        }

        Verzoek(String handeling, String methode, String pad, String body, int toegestaan, boolean pdf) {
            this(handeling, methode, pad, body, toegestaan, pdf, null, false);
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

        /**
         * A change with an If-Match naming a version the resource never had, for a flow that reads If-Match before its
         * own rule after the gate (the crisisdossier: only the author organisation corrects): the rule shows, and whom it
         * lets through stops at 412, nothing changed.
         */
        static Verzoek verouderd(String handeling, String methode, String pad, String body) {
            return new Verzoek(handeling, methode, pad, body, 412, false, NOOIT_GEZIENE_VERSIE, false);
        }

        /**
         * Opening a live stream (server-sent events): the gate decides and logs once, at the opening; once through, the
         * cell reads the stream's first event and closes it, so it never waits for a stream that stays open.
         */
        static Verzoek stroom(String handeling, String pad) {
            return new Verzoek(handeling, "GET", pad, null, 200, false, null, true);
        }
    }

    /**
     * The list action: its path (with paging that holds every resource of the run), the list's name under
     * {@code _embedded}, and the member of each item that holds the resource's id ({@code id}, unless the items are
     * something about a resource, such as the returns an organisation made: {@code overdracht}).
     */
    record Zoekverzoek(String handeling, String pad, String lijst, String idVeld) {

        Zoekverzoek(String handeling, String pad, String lijst) {
            this(handeling, pad, lijst, "id");
        }
    }
}
