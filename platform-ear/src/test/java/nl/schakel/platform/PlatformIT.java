package nl.schakel.platform;

import java.io.File;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Marks a black-box test of the deployed platform: the environment first, then Arquillian. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith({PlatformOmgeving.class, ArquillianExtension.class})
public @interface PlatformIT {

    /** The EAR exactly as the build made it, not a test-made archive. */
    final class Ear {
        private Ear() {}

        public static EnterpriseArchive echt() {
            return ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                    new File(System.getProperty("schakel.ear", "target/schakel.ear")));
        }
    }
}
