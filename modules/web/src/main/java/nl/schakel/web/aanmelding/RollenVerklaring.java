package nl.schakel.web.aanmelding;

import jakarta.annotation.security.DeclareRoles;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import nl.schakel.web.SchakelApi;

/**
 * Declares the API's roles to the container, so that {@code isUserInRole} can answer yes for a group of the token.
 * The container maps a group onto the role of the same name only for declared roles; MP-JWT used to declare them
 * itself, and {@code @DeclareRoles} on the JAX-RS application alone is no servlet the container reads it from.
 */
@WebListener
public class RollenVerklaring implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().declareRoles(SchakelApi.class.getAnnotation(DeclareRoles.class).value());
    }
}
