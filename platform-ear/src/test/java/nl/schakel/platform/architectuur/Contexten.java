package nl.schakel.platform.architectuur;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatcher;
import java.util.Optional;
import java.util.Set;

/**
 * Which packages are bounded contexts, read from the package name alone so that a new context
 * ({@code nl.schakel.casusoverleg}, {@code nl.schakel.crisisdossier}) falls under the rules the day it appears:
 * every {@code nl.schakel.X} is a context unless it is one of the few named here that are not.
 */
final class Contexten {

    /**
     * The shared kernel, the WAR, the tools and the tests: parts of the platform, but no context with a domain. The
     * routes and the realm tests run in processes of their own and are not on this classpath; they are named so
     * that they never pass for a context if they ever are.
     */
    static final Set<String> GEEN_CONTEXT = Set.of("gedeeld", "web", "launcher", "meting", "demopartner", "e2e", "platform",
            "routes", "keycloakrealm");

    /** The flows (the kinds of case sharing); access and the shared kernel serve them all and name none. */
    static final Set<String> STROMEN = Set.of("overdracht", "casusoverleg", "crisisdossier");

    /** What a context offers to others; its {@code infrastructuur} is its own. */
    static final Set<String> OPENBARE_LAGEN = Set.of("domein", "toepassing");

    static final String INFRASTRUCTUUR = "infrastructuur";

    private static final PackageMatcher BOVENSTE = PackageMatcher.of("nl.schakel.(*)..");
    private static final PackageMatcher LAAG = PackageMatcher.of("nl.schakel.*.(*)..");

    private Contexten() {}

    /** The context a class belongs to ({@code overdracht}), or empty outside every context. */
    static Optional<String> van(JavaClass klasse) {
        return BOVENSTE.match(klasse.getBaseComponentType().getPackageName())
                .map(resultaat -> resultaat.getGroup(1))
                .filter(naam -> !GEEN_CONTEXT.contains(naam));
    }

    /** The layer below the context ({@code domein}, {@code toepassing}, {@code infrastructuur}, or another name). */
    static Optional<String> laag(JavaClass klasse) {
        return LAAG.match(klasse.getBaseComponentType().getPackageName()).map(resultaat -> resultaat.getGroup(1));
    }

    static DescribedPredicate<JavaClass> inEenContext() {
        return DescribedPredicate.describe("liggen in een context (nl.schakel.X, X niet in " + GEEN_CONTEXT.stream().sorted().toList() + ")",
                klasse -> van(klasse).isPresent());
    }

    static DescribedPredicate<JavaClass> inLaag(String laag) {
        return DescribedPredicate.describe("liggen in nl.schakel.*." + laag + "..",
                klasse -> van(klasse).isPresent() && laag(klasse).filter(laag::equals).isPresent());
    }
}
