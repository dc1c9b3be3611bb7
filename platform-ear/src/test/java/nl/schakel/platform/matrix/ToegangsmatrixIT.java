package nl.schakel.platform.matrix;

import java.util.stream.Stream;
import nl.schakel.platform.PlatformIT;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The access matrix on the real EAR, generated from the policy file itself: for every flow in {@link Matrixstromen},
 * every role × action × relation, the expected answer derived from {@code toegangsbeleid.json} (no grant → 404, a
 * grant the rule does not cover → 403 TGN-002, otherwise through the gate), and each cell checks the status, the
 * field groups returned or withheld, and the logboek row the request wrote (found by its correlation id). Changing
 * actions pass the gate without If-Match and so stop at 428: the gate's answer, nothing changed.
 */
@PlatformIT
@RunAsClient
class ToegangsmatrixIT {

    private static final Toegangsbeleid BELEID = new Toegangsbeleid();

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return PlatformIT.Ear.echt();
    }

    /** Concatenated, not flat-mapped: flatMap would close a flow's stream, and its logboek connection, before its cells ran. */
    @TestFactory
    Stream<DynamicTest> elkeRolElkeHandelingElkeRelatie() throws Exception {
        Stream<DynamicTest> cellen = Stream.empty();
        for (Matrixdeclaratie declaratie : Matrixstromen.ALLE) {
            cellen = Stream.concat(cellen, Matrixuitvoering.tests(BELEID, declaratie));
        }
        return cellen;
    }
}
