package nl.schakel.platform.architectuur;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.sql.ResultSet;
import java.util.function.BiPredicate;

/**
 * The five rules of the issue "One access core for every flow", the resources' singleton rule (6), the rule on
 * reading columns (7) and the one on JSON-P's factories (8), apart from
 * the test that runs them over the platform, so that {@code ArchitectuurregelsKunnenFalenTest} can show each one catching a violation.
 */
final class Architectuurregels {

    /** 1. Another context may use a context's application services and domain types, never its infrastructure. */
    static final ArchRule CONTEXTEN_GEBRUIKEN_ELKAAR_ALLEEN_VIA_TOEPASSING_EN_DOMEIN = classes()
            .that(Contexten.inEenContext())
            .should(alleenAfhangenVanKlassenWaarvoor("van een andere context alleen toepassing en domein gebruiken",
                    (van, naar) -> Contexten.van(naar).isEmpty() || Contexten.van(naar).equals(Contexten.van(van))
                            || Contexten.laag(naar).filter(Contexten.OPENBARE_LAGEN::contains).isPresent()))
            .because("een context verandert zijn opslag zonder de andere te raken; ze ontmoeten elkaar in toepassing en domein");

    /**
     * 2. The web boundary calls application services: no repository, no infrastructure, no EntityManager, no JDBC.
     * Three packages own the database by nature and are the only exceptions: the Flyway migration at deployment, the
     * readiness check, and the logboek's chainer (a startup task of the application, no API: it chains committed rows
     * on the application's pool in its own transactions).
     */
    static final ArchRule WEB_RAAKT_GEEN_OPSLAG = noClasses()
            .that().resideInAPackage("nl.schakel.web..")
            .and().resideOutsideOfPackages("nl.schakel.web.migratie..", "nl.schakel.web.gezondheid..", "nl.schakel.web.logboekketen..")
            .should().dependOnClassesThat(simpleNameEndingWith("Repository")
                    .or(resideInAPackage("..infrastructuur.."))
                    .or(name("jakarta.persistence.EntityManager"))
                    .or(resideInAnyPackage("java.sql..", "javax.sql..")))
            .because("de API-grens vraagt een toepassingsdienst; toegang, logboek en opslag zijn daarachter");

    /** 3a. Access and the shared kernel serve every flow, so they depend on none. */
    static final ArchRule TOEGANG_EN_GEDEELD_HANGEN_NIET_AF_VAN_EEN_STROOM = noClasses()
            .that().resideInAnyPackage("nl.schakel.toegang..", "nl.schakel.gedeeld..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    Contexten.STROMEN.stream().sorted().map(stroom -> "nl.schakel." + stroom + "..").toArray(String[]::new))
            .because("een nieuwe stroom gebruikt dezelfde toegangskern zonder die te veranderen");

    /** 3b. ... and name none: a flow word in a class or package name there is a flow's logic in the wrong place. */
    static final ArchRule TOEGANG_EN_GEDEELD_NOEMEN_GEEN_STROOM = noClasses()
            .that().resideInAnyPackage("nl.schakel.toegang..", "nl.schakel.gedeeld..")
            .should().haveNameMatching("(?i).*(" + String.join("|", Contexten.STROMEN.stream().sorted().toList()) + ").*")
            .because("de toegangskern kent brontypen en handelingen als declaraties van de stromen, geen stroom bij naam");

    /** 4. One package shape per context: domain, application, infrastructure, and nothing beside them. */
    static final ArchRule ELKE_CONTEXT_HEEFT_DEZELFDE_PAKKETVORM = classes()
            .that(Contexten.inEenContext())
            .should().resideInAnyPackage("nl.schakel.*.domein..", "nl.schakel.*.toepassing..", "nl.schakel.*.infrastructuur..")
            .because("wie een context opent, vindt overal dezelfde drie lagen");

    /** 5. The domain of a context does not lean on that context's own infrastructure. */
    static final ArchRule DOMEIN_HANGT_NIET_AF_VAN_DE_EIGEN_INFRASTRUCTUUR = classes()
            .that(Contexten.inLaag("domein"))
            .should(alleenAfhangenVanKlassenWaarvoor("niet afhangen van de infrastructuur van de eigen context",
                    (van, naar) -> !(Contexten.van(naar).equals(Contexten.van(van))
                            && Contexten.laag(naar).filter(Contexten.INFRASTRUCTUUR::equals).isPresent())))
            .because("het domein is de kern: opslag en conversie hangen ervan af, niet andersom");

    /**
     * 6. An API resource is one instance for all requests ({@code @ApplicationScoped}): created per request, Jersey
     * spent 11–13 % of Payara's samples building and injecting it (docs/metingen.md, "the sixth day"). So nothing of
     * one request may live in its fields: a path, query, header, cookie, matrix or form parameter is a parameter of the
     * method. In a field of a singleton it would be the first caller's value for every later caller.
     */
    static final ArchRule API_RESOURCES_ZIJN_APPLICATIESCOPED = classes()
            .that().resideInAPackage("nl.schakel.web..").and().areAnnotatedWith("jakarta.ws.rs.Path")
            .should().beAnnotatedWith("jakarta.enterprise.context.ApplicationScoped")
            .because("één exemplaar voor alle verzoeken; wat bij één verzoek hoort, wordt bij elke aanroep gevraagd");

    static final ArchRule GEEN_VERZOEKPARAMETER_IN_EEN_VELD = noFields()
            .that().areDeclaredInClassesThat().resideInAPackage("nl.schakel.web..")
            .should().beAnnotatedWith("jakarta.ws.rs.PathParam").orShould().beAnnotatedWith("jakarta.ws.rs.QueryParam")
            .orShould().beAnnotatedWith("jakarta.ws.rs.HeaderParam").orShould().beAnnotatedWith("jakarta.ws.rs.CookieParam")
            .orShould().beAnnotatedWith("jakarta.ws.rs.MatrixParam").orShould().beAnnotatedWith("jakarta.ws.rs.FormParam")
            .because("in een veld van een singleton zou het de waarde van de eerste aanvrager zijn, voor iedereen daarna");

    /**
     * 7. No column is read with {@code getObject(kolom, type)}: Payara's pool wraps every result set in a class that
     * resolves that JDBC 4.1 method by reflection on every call (docs/metingen.md, "the thirteenth day");
     * {@code nl.schakel.gedeeld.sql.Kolommen} reads a uuid, a date and an instant without it.
     */
    static final ArchRule GEEN_KOLOM_PER_TYPE_GELEZEN = noClasses()
            .should().callMethod(ResultSet.class, "getObject", int.class, Class.class)
            .orShould().callMethod(ResultSet.class, "getObject", String.class, Class.class)
            .because("de pool van Payara zoekt die methode bij elke aanroep op met reflectie; Kolommen leest zonder");

    /**
     * 8. No JSON through {@code jakarta.json.Json}'s static methods: each call looks the provider up through the
     * ServiceLoader, which in the EAR scans the class loaders' resources (7 % of Payara's CPU in the open model's mix,
     * docs/metingen.md, "the fourteenth day"); {@code nl.schakel.gedeeld.json.JsonFabriek} holds factories made once.
     */
    static final ArchRule GEEN_JSON_PROVIDER_PER_AANROEP = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.json.Json")
            .because("elke aanroep zoekt de JSON-provider opnieuw op via de ServiceLoader; JsonFabriek maakt de fabrieken eenmaal");

    private Architectuurregels() {}

    /** A condition over each direct dependency of a class; every dependency that fails is one violation. */
    private static ArchCondition<JavaClass> alleenAfhangenVanKlassenWaarvoor(String omschrijving,
            BiPredicate<JavaClass, JavaClass> toegestaan) {
        return new ArchCondition<>(omschrijving) {
            @Override
            public void check(JavaClass klasse, ConditionEvents events) {
                for (Dependency afhankelijkheid : klasse.getDirectDependenciesFromSelf()) {
                    if (!toegestaan.test(klasse, afhankelijkheid.getTargetClass().getBaseComponentType())) {
                        events.add(SimpleConditionEvent.violated(afhankelijkheid, afhankelijkheid.getDescription()));
                    }
                }
            }
        };
    }
}
