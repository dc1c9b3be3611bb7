package nl.schakel.web.aanmelding;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The API's one way in: a bearer token from the Keycloak realm, checked by {@link Tokencontrole} (signature from
 * the realm's JWKS, issuer, audience, expiry and not-before, validated tokens cached briefly). Replaces Payara's
 * MP-JWT, which parsed the key set and looked up a JSON provider on every request (docs/metingen.md).
 * <p>
 * As MP-JWT did: a request without a token passes anonymously ({@code AuthenticatieVereist} then answers 401
 * unless the endpoint is public); a token that fails any check gets 401; a valid one signs the caller in with the
 * token's {@code groups} as the container's groups, so {@code isUserInRole} keeps working. The validated token is
 * left on the request (its claims and groups) for {@code AangemeldToken} (module toegang), which the
 * {@code Medewerker} is read from.
 * <p>
 * Configuration (MicroProfile Config; the launcher sets it): {@code schakel.token.jwks} (the realm's certs URL),
 * {@code schakel.token.uitgever} (the realm's URL, the tokens' {@code iss}), {@code schakel.token.publiek} (accepted
 * audiences, comma-separated).
 */
@ApplicationScoped
public class BearerMechanisme implements HttpAuthenticationMechanism {

    static final String JWKS = "schakel.token.jwks";
    static final String UITGEVER = "schakel.token.uitgever";
    static final String PUBLIEK = "schakel.token.publiek";
    /** Request attributes read by {@code nl.schakel.toegang.infrastructuur.AangemeldToken} (same names there). */
    static final String CLAIMS = "nl.schakel.token.claims";
    static final String GROEPEN = "nl.schakel.token.groepen";

    private static final Logger LOG = Logger.getLogger(BearerMechanisme.class.getName());

    /** Empty when the configuration is missing: then no token is accepted at all (and the log says why). */
    private Optional<Tokencontrole> controle;

    @PostConstruct
    void richtIn() {
        Config config = ConfigProvider.getConfig();
        Optional<String> jwks = config.getOptionalValue(JWKS, String.class).filter(w -> !w.isBlank());
        Optional<String> uitgever = config.getOptionalValue(UITGEVER, String.class).filter(w -> !w.isBlank());
        Set<String> publiek = config.getOptionalValue(PUBLIEK, String.class).stream()
                .flatMap(w -> Arrays.stream(w.split(",")))
                .map(String::trim)
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        if (jwks.isEmpty() || uitgever.isEmpty() || publiek.isEmpty()) {
            LOG.severe(() -> "Geen bearer-tokens mogelijk: " + JWKS + ", " + UITGEVER + " en " + PUBLIEK + " zijn verplicht");
            controle = Optional.empty();
            return;
        }
        try {
            controle = Optional.of(Tokencontrole.voor(URI.create(jwks.get()).toURL(), uitgever.get(), publiek));
        } catch (MalformedURLException | IllegalArgumentException fout) {
            LOG.log(Level.SEVERE, "Geen bearer-tokens mogelijk: " + JWKS + " is geen URL", fout);
            controle = Optional.empty();
        }
    }

    /** How often the key set was fetched from Keycloak since start; for {@code /health/ready}. */
    public long sleutelsetOpgehaald() {
        return controle.map(Tokencontrole::sleutelsetOpgehaald).orElse(0L);
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String autorisatie = request.getHeader("Authorization");
        if (autorisatie == null || !autorisatie.regionMatches(true, 0, "Bearer ", 0, 7)) {
            // no token: anonymous; the API's own filter decides whether that is enough
            return context.isProtected() ? context.responseUnauthorized() : context.doNothing();
        }
        Optional<GevalideerdToken> token = controle.flatMap(c -> c.controleer(autorisatie.substring(7).trim()));
        if (token.isEmpty()) {
            return context.responseUnauthorized();
        }
        // the contract with AangemeldToken (module toegang): two attributes of plain, immutable JDK collections
        request.setAttribute(CLAIMS, token.get().claims());
        request.setAttribute(GROEPEN, token.get().groepen());
        return context.notifyContainerAboutLogin(new CallerPrincipal(token.get().naam()), token.get().groepen());
    }
}
