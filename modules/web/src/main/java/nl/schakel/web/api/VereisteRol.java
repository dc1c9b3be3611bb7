package nl.schakel.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The realm roles of which the caller needs one for this operation. Our own annotation rather than
 * {@code @RolesAllowed}: Payara enforces that one itself, first, with a bare 403; this one answers with
 * a problem body that names the rule ({@code TGN-001}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface VereisteRol {
    String[] value();
}
