package nl.schakel.toegang.toepassing;

import nl.schakel.toegang.domein.Beslissing;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Brontype;
import nl.schakel.toegang.domein.Handeling;
import nl.schakel.toegang.infrastructuur.BronBetrokkeneRepository;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.domein.Toegang;
import nl.schakel.toegang.infrastructuur.ToegangRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.schakel.gedeeld.fout.SchakelFout;
import nl.schakel.gedeeld.fout.VerbodenFout;
import nl.schakel.toegang.domein.beleid.Regel;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import nl.schakel.toegang.infrastructuur.logboek.Logboek;
import nl.schakel.toegang.domein.logboek.Logboekregel;
import nl.schakel.toegang.domein.logboek.Uitkomst;
import nl.schakel.toegang.infrastructuur.logboek.Weigeringen;

/**
 * The one gate every request with personal data passes, before anything is fetched: it decides from the
 * caller's live grants and the policy, logs refusals in their own transaction, and logs allowed access in
 * the caller's transaction. No grant means the resource does not exist for the caller (the same 404 as a
 * missing id); a grant that does not cover the action is a 403 that names the rule.
 */
@ApplicationScoped
public class Toegangspoort {

    @Inject
    ToegangRepository toegangen;

    @Inject
    Toegangsbeleid beleid;

    @Inject
    Logboek logboek;

    @Inject
    Weigeringen weigeringen;

    @Inject
    Verzoekcontext verzoek;

    @Inject
    BronBetrokkeneRepository betrokkenen;

    Clock klok = Clock.systemUTC();

    /** An action on an existing resource. */
    public Beslissing beslis(Medewerker medewerker, Bron bron, Handeling handeling, Supplier<? extends SchakelFout> bestaatNiet) {
        Regel regel = regel(handeling);
        List<Toegang> levend = toegangen.levend(bron, medewerker, Instant.now(klok));
        if (levend.isEmpty()) {
            weigeringen.registreer(regel(medewerker, handeling, Optional.of(bron), betrokkenen.van(bron), Optional.empty(), Uitkomst.GEWEIGERD));
            throw bestaatNiet.get();
        }
        List<Toegang> passend = levend.stream().filter(t -> regel.redenen().contains(t.reden())).toList();
        if (!regel.staatToe(medewerker.rollen()) || passend.isEmpty()) {
            weigeringen.registreer(regel(medewerker, handeling, Optional.of(bron), betrokkenen.van(bron), Optional.of(levend.get(0)),
                    Uitkomst.GEWEIGERD));
            throw new VerbodenFout("TGN-002", regel.uitleg());
        }
        return new Beslissing(medewerker, bron, handeling, passend);
    }

    /**
     * The rows of a list, decided together: the list's SQL kept only resources with a live grant for a listing reason
     * ({@link Toegangsdienst#zoekfilter}); this gives each row its decision (the categories it may show) from one query
     * instead of one per row. A row whose grant ended between the two is left out, not refused: it is not shown, so
     * nothing is disclosed. Only for a type without a parent (a parent's grant would open its children). The role is
     * checked for {@code handeling}, the rows' own action: the search checked its listing action, which another role
     * may hold.
     */
    public Map<UUID, Beslissing> beslisLijst(Medewerker medewerker, Brontype type, List<UUID> ids, Handeling handeling) {
        vereisRol(medewerker, handeling, Optional.empty());
        Regel regel = regel(handeling);
        Map<UUID, Beslissing> beslist = new LinkedHashMap<>();
        toegangen.levend(type, ids, medewerker, Instant.now(klok)).forEach((id, levend) -> {
            List<Toegang> passend = levend.stream().filter(t -> regel.redenen().contains(t.reden())).toList();
            if (!passend.isEmpty()) {
                beslist.put(id, new Beslissing(medewerker, new Bron(type, id), handeling, passend));
            }
        });
        return beslist;
    }

    /** An action that needs a role but no grant: creating a resource, break-glass, reading the logboek. */
    public void vereisRol(Medewerker medewerker, Handeling handeling, Optional<Bron> bron) {
        Regel regel = regel(handeling);
        if (!regel.staatToe(medewerker.rollen())) {
            weigeringen.registreer(regel(medewerker, handeling, bron, bron.map(betrokkenen::van).orElse(List.of()), Optional.empty(),
                    Uitkomst.GEWEIGERD));
            throw new VerbodenFout("TGN-002", regel.uitleg());
        }
    }

    /**
     * A refusal decided after the gate, by a rule of the use case (e.g. only Veilig Thuis owns an overdracht):
     * logged like the gate's own refusals; the caller throws what this returns.
     */
    public VerbodenFout weiger(Medewerker medewerker, Handeling handeling, Optional<Bron> bron, String code, String uitleg) {
        return weiger(medewerker, handeling, bron, new VerbodenFout(code, uitleg));
    }

    /**
     * A refusal after the gate that answers with {@code fout} rather than a 403: e.g. another organisation's draft
     * inside a resource the caller may open, which does not exist for the caller (404). Logged like the gate's own
     * refusals; the caller throws what this returns.
     */
    public <F extends SchakelFout> F weiger(Medewerker medewerker, Handeling handeling, Optional<Bron> bron, F fout) {
        weigeringen.registreer(regel(medewerker, handeling, bron, bron.map(betrokkenen::van).orElse(List.of()), Optional.empty(), Uitkomst.GEWEIGERD));
        return fout;
    }

    /** Logs an allowed access to the betrokkenen it disclosed, in the current transaction. */
    public void registreer(Beslissing beslissing, List<UUID> betrokkenen) {
        logboek.schrijf(regel(beslissing.medewerker(), beslissing.handeling(), Optional.of(beslissing.bron()), betrokkenen,
                Optional.of(beslissing.grondslag()), Uitkomst.TOEGESTAAN));
    }

    /**
     * Logs an allowed action's effect on a resource inside the decided one (a meeting's item whose invitations moved
     * with the meeting), on the decision's grant, in the current transaction.
     */
    public void registreerBinnen(Beslissing beslissing, Bron bron, List<UUID> betrokkenen) {
        logboek.schrijf(regel(beslissing.medewerker(), beslissing.handeling(), Optional.of(bron), betrokkenen,
                Optional.of(beslissing.grondslag()), Uitkomst.TOEGESTAAN));
    }

    /** Logs an allowed action that rests on a grant made in the same transaction (creating, break-glass). */
    public void registreer(Medewerker medewerker, Handeling handeling, Toegang toegang, List<UUID> betrokkenen) {
        logboek.schrijf(regel(medewerker, handeling, Optional.of(toegang.bron()), betrokkenen, Optional.of(toegang), Uitkomst.TOEGESTAAN));
    }

    /** Logs an allowed action without a resource grant, e.g. a search or reading the logboek. */
    public void registreer(Medewerker medewerker, Handeling handeling, Optional<Bron> bron, List<UUID> betrokkenen, Doel doel) {
        logboek.schrijf(metDoel(regel(medewerker, handeling, bron, betrokkenen, Optional.empty(), Uitkomst.TOEGESTAAN), doel));
    }

    /** One row of a list as it is logged: the resource listed and the betrokkenen the row names. */
    public record Vermelding(Bron bron, List<UUID> betrokkenen) {}

    /**
     * Logs the rows of a list ({@link #registreer(Medewerker, Handeling, Optional, List, Doel)} for each), in the current
     * transaction and in one round trip: a logboek row per listed resource, as before, without a statement each.
     */
    public void registreerLijst(Medewerker medewerker, Handeling handeling, List<Vermelding> vermeldingen, Doel doel) {
        logboek.schrijfAlle(vermeldingen.stream()
                .map(v -> metDoel(regel(medewerker, handeling, Optional.of(v.bron()), v.betrokkenen(), Optional.empty(),
                        Uitkomst.TOEGESTAAN), doel))
                .toList());
    }

    /** A row without a grant names the purpose the action serves, and its legal ground, itself. */
    private Logboekregel metDoel(Logboekregel basis, Doel doel) {
        return new Logboekregel(basis.id(), 0, basis.tijdstip(), basis.gebruikerId(), basis.gebruikerNaam(),
                basis.namens(), basis.organisatie(), basis.rol(), basis.handeling(), basis.bronType(), basis.bronId(),
                basis.betrokkenen(), Optional.of(doel.name()), Optional.of(beleid.grondslag(doel)), Optional.empty(), false,
                Uitkomst.TOEGESTAAN, basis.clientId(), basis.bronAdres(), basis.correlatieId(), "");
    }

    public Toegangsbeleid beleid() {
        return beleid;
    }

    /** Every declared action has a rule: the deployment checked that ({@link Beleidscontrole}). */
    public Regel regel(Handeling handeling) {
        return beleid.regel(handeling.naam())
                .orElseThrow(() -> new IllegalStateException("handeling '" + handeling.naam() + "' staat niet in het toegangsbeleid"));
    }

    private Logboekregel regel(Medewerker medewerker, Handeling handeling, Optional<Bron> bron, List<UUID> betrokkenen,
            Optional<Toegang> toegang, Uitkomst uitkomst) {
        return new Logboekregel(
                UUID.randomUUID(),
                0,
                Instant.now(klok),
                medewerker.id(),
                medewerker.naam(),
                medewerker.namens(),
                medewerker.organisatieCode(),
                medewerker.rollen().stream().map(Rol::claim).sorted().collect(Collectors.joining(",")),
                handeling.naam(),
                bron.map(b -> b.type().naam()),
                bron.map(Bron::id),
                betrokkenen,
                toegang.map(t -> t.doel().name()),
                toegang.map(t -> beleid.grondslag(t.doel())),
                toegang.map(t -> t.reden().name()),
                toegang.map(Toegang::noodtoegang).orElse(false),
                uitkomst,
                medewerker.clientId(),
                verzoek.bronAdres(),
                verzoek.correlatieId(),
                "");
    }
}
