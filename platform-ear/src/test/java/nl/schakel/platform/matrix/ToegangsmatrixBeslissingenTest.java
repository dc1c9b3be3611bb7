package nl.schakel.platform.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.schakel.gedeeld.fout.NietGevondenFout;
import nl.schakel.gedeeld.fout.VerbodenFout;
import nl.schakel.platform.matrix.Matrixdeclaratie.Recht;
import nl.schakel.platform.matrix.Matrixdeclaratie.Relatie;
import nl.schakel.toegang.domein.Afbakening;
import nl.schakel.toegang.domein.Beslissing;
import nl.schakel.toegang.domein.Bron;
import nl.schakel.toegang.domein.Brontype;
import nl.schakel.toegang.domein.Handeling;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.Toegang;
import nl.schakel.toegang.domein.ToegangReden;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import nl.schakel.toegang.domein.logboek.Logboekregel;
import nl.schakel.toegang.domein.logboek.Uitkomst;
import nl.schakel.toegang.toepassing.PoortInGeheugen;
import nl.schakel.toegang.toepassing.Toegangspoort;
import nl.schakel.toegang.toepassing.Verzoekcontext;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The access matrix without a server: the same cells and the same expected answers as {@link ToegangsmatrixIT},
 * decided by the real {@link Toegangspoort} over the relations' grants in memory, in seconds. It proves
 * the gate and the policy agree cell by cell; what needs the platform (the SQL of live grants and lists, the HTTP
 * answer, field groups, the logboek table) stays with the IT.
 */
class ToegangsmatrixBeslissingenTest {

    private static final Toegangsbeleid BELEID = new Toegangsbeleid();
    private static final Matrixgenerator GENERATOR = new Matrixgenerator(BELEID);

    @Test
    void elkeStroomNoemtPreciesDeHandelingenVanHetBeleid() {
        Matrixstromen.ALLE.forEach(GENERATOR::controleerVolledigheid);
    }

    @TestFactory
    Stream<DynamicTest> elkeRolElkeHandelingElkeRelatie() {
        return Matrixstromen.ALLE.stream().flatMap(ToegangsmatrixBeslissingenTest::cellen);
    }

    private static Stream<DynamicTest> cellen(Matrixdeclaratie declaratie) {
        List<Relatie> relaties = declaratie.relaties(BELEID);
        List<Cel> cellen = GENERATOR.cellen(declaratie, relaties);
        Map<String, Bron> bronnen = new HashMap<>();
        ToegangenInGeheugen toegangen = new ToegangenInGeheugen();
        relaties.forEach(relatie -> relatie.rechten().forEach(recht ->
                verleen(toegangen, declaratie, relatie, recht, bron(declaratie, bronnen, recht.bron()))));
        LogboekInGeheugen logboek = new LogboekInGeheugen();
        Toegangspoort poort = PoortInGeheugen.met(BELEID, toegangen, logboek, new Verzoekcontext() {
            @Override
            public String bronAdres() {
                return "192.0.2.10";
            }

            @Override
            public String correlatieId() {
                return "matrix";
            }
        });
        return cellen.stream().map(cel -> DynamicTest.dynamicTest(cel.naam(),
                () -> beslis(declaratie, poort, logboek, cel, bron(declaratie, bronnen, cel.bron()))));
    }

    /** The resource with this key, inside the resources the declaration puts it in, with one random id per key. */
    private static Bron bron(Matrixdeclaratie declaratie, Map<String, Bron> bronnen, String sleutel) {
        Bron bekend = bronnen.get(sleutel);
        if (bekend != null) {
            return bekend;
        }
        Brontype type = brontype(declaratie, sleutel);
        Bron bron = declaratie.ouder(sleutel)
                .map(ouder -> Bron.binnen(type, UUID.randomUUID(), bron(declaratie, bronnen, ouder)))
                .orElseGet(() -> new Bron(type, UUID.randomUUID()));
        bronnen.put(sleutel, bron);
        return bron;
    }

    private static Brontype brontype(Matrixdeclaratie declaratie, String sleutel) {
        return declaratie.ouder(sleutel)
                .map(ouder -> Brontype.binnen(declaratie.brontype(sleutel), brontype(declaratie, ouder)))
                .orElseGet(() -> Brontype.van(declaratie.brontype(sleutel)));
    }

    private static void beslis(Matrixdeclaratie declaratie, Toegangspoort poort, LogboekInGeheugen logboek, Cel cel, Bron bron) {
        Medewerker medewerker = medewerker(cel);
        logboek.neem();
        switch (cel.verwachting().uitkomst()) {
            case NIET_GEVONDEN -> {
                assertThatThrownBy(() -> poort.beslis(medewerker, bron, handeling(cel),
                        () -> new NietGevondenFout(declaratie.nietGevondenCode(), "bestaat niet")))
                        .isInstanceOfSatisfying(NietGevondenFout.class,
                                fout -> assertThat(fout.code()).isEqualTo(declaratie.nietGevondenCode()));
                assertThat(logboek.neem()).singleElement().satisfies(regel -> geweigerd(regel, cel, Optional.of(bron)));
            }
            case VERBODEN -> {
                assertThatThrownBy(() -> {
                    if (cel.isZoeken()) {
                        poort.vereisRol(medewerker, handeling(cel), Optional.empty());
                    } else {
                        poort.beslis(medewerker, bron, handeling(cel), () -> new NietGevondenFout(declaratie.nietGevondenCode(), "x"));
                    }
                }).isInstanceOfSatisfying(VerbodenFout.class, fout -> {
                    assertThat(fout.code()).isEqualTo("TGN-002");
                    assertThat(fout.detail()).contains(cel.handeling());
                });
                assertThat(logboek.neem()).singleElement()
                        .satisfies(regel -> geweigerd(regel, cel, cel.isZoeken() ? Optional.empty() : Optional.of(bron)));
            }
            case TOEGESTAAN, NA_DE_POORT_GEWEIGERD -> {
                // a refusal after the gate is the flow's own rule (the IT checks it): here the gate lets it through
                if (cel.isZoeken()) {
                    poort.vereisRol(medewerker, handeling(cel), Optional.empty());
                } else {
                    Beslissing beslissing = poort.beslis(medewerker, bron, handeling(cel), () -> new NietGevondenFout("x", "x"));
                    assertThat(beslissing.categorieen()).as("de veldgroepen die het antwoord mag tonen")
                            .isEqualTo(cel.verwachting().categorieen());
                    assertThat(GENERATOR.regel(cel.handeling()).redenen()).contains(beslissing.grondslag().reden());
                }
                assertThat(logboek.neem()).as("de poort schrijft alleen weigeringen; de toegang logt de toepassing").isEmpty();
            }
        }
    }

    /** The cell's action as the gate takes it: by its policy name. */
    private static Handeling handeling(Cel cel) {
        return new Handeling() {
            @Override
            public String naam() {
                return cel.handeling();
            }

            @Override
            public Optional<Brontype> brontype() {
                return Optional.empty();
            }
        };
    }

    private static void geweigerd(Logboekregel regel, Cel cel, Optional<Bron> bron) {
        assertThat(regel.uitkomst()).isEqualTo(Uitkomst.GEWEIGERD);
        assertThat(regel.handeling()).isEqualTo(cel.handeling());
        assertThat(regel.bronId()).isEqualTo(bron.map(Bron::id));
    }

    /**
     * One live grant per right of the relation; a break-glass grant is personal, as the platform makes it, and a right
     * narrowed to a team is a grant for that team only (which the relation's caller, without a team, is not in).
     */
    private static void verleen(ToegangenInGeheugen toegangen, Matrixdeclaratie declaratie, Relatie relatie, Recht recht, Bron bron) {
        Instant sinds = Instant.now().minus(Duration.ofHours(1));
        toegangen.bewaar(recht.reden() == ToegangReden.NOODTOEGANG
                ? Toegang.noodtoegang(bron, relatie.organisatie(), subject(relatie.gebruiker()), recht.categorieen(),
                        "matrix", BELEID.noodtoegangDuur(), sinds)
                : Toegang.verleen(bron, relatie.organisatie(), recht.alleenVoorTeam().map(Afbakening::team).orElse(Afbakening.ORGANISATIE),
                        declaratie.doel(), recht.categorieen(), recht.reden(), Optional.empty(), "matrix", sinds));
    }

    private static Medewerker medewerker(Cel cel) {
        Relatie relatie = cel.relatie();
        return new Medewerker(subject(relatie.gebruiker()), "Test " + relatie.gebruiker(), relatie.gebruiker(),
                Optional.of(relatie.organisatie()), Optional.empty(), Set.of(cel.rol()), "schakel-web");
    }

    /** The subject the test tokens give a user (TestTokens), so a personal grant means the same person here. */
    private static String subject(String gebruiker) {
        return UUID.nameUUIDFromBytes(gebruiker.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
