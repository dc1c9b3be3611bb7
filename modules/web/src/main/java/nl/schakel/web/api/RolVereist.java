package nl.schakel.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import nl.schakel.gedeeld.fout.VerbodenFout;

/**
 * Enforces {@link VereisteRol} on resource methods with a problem body that names the rule.
 */
@Provider
public class RolVereist implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        VereisteRol rollen = resource.getResourceMethod().getAnnotation(VereisteRol.class);
        if (rollen == null) {
            rollen = resource.getResourceClass().getAnnotation(VereisteRol.class);
        }
        if (rollen != null) {
            context.register(new Controle(rollen.value()));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Controle implements ContainerRequestFilter {

        private final String[] rollen;

        Controle(String[] rollen) {
            this.rollen = rollen.clone();
        }

        @Override
        public void filter(ContainerRequestContext request) {
            for (String rol : rollen) {
                if (request.getSecurityContext().isUserInRole(rol)) {
                    return;
                }
            }
            throw new VerbodenFout("TGN-001",
                    "Deze handeling vraagt een van de rollen " + Arrays.toString(rollen) + ".");
        }
    }
}
