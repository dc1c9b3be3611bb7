package nl.schakel.web.invoer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.schakel.web.SchakelApi;
import nl.schakel.web.fout.Probleemschrijver;

/**
 * Where the bytes of an API request enter: the request line, the headers, the path, the query and a JSON body
 * are held to the {@link Invoerbeleid} before JAX-RS, JSON-B, JPA or SQL see them. A refused request gets its
 * problem+json here (414, 431, 413, 415 or 400 naming the parameter or field). The body is read once, checked,
 * and handed on as the same bytes.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class InvoerFilter extends HttpFilter {

    /** The request target (path and query, as sent): far above what the API needs (ids, cursors, filters). */
    public static final int MAXIMALE_ADRESLENGTE = 4096;
    /** All header names and values together; a bearer token is 1–2 KiB. */
    public static final int MAXIMALE_KOPLENGTE = 16 * 1024;
    /** As {@code BodyLimiet}: the largest overdracht with every field full stays well below. */
    public static final int MAXIMALE_BODY = 256 * 1024;
    private static final long AFVOER_MAXIMUM = 16L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // every answer carries the version, also a 401 of the container's authentication
        response.setHeader("API-Version", SchakelApi.VERSIE);
        Optional<Invoerfout> fout = adres(request).or(() -> koppen(request));
        if (fout.isPresent()) {
            weiger(response, fout.get());
            return;
        }
        if (!heeftBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > MAXIMALE_BODY) {
            afvoeren(request.getInputStream(), request.getContentLengthLong());
            weiger(response, teGroot());
            return;
        }
        Optional<String> soort = jsonSoort(request.getContentType());
        if (soort.isEmpty()) {
            chain.doFilter(request, response); // not JSON: JAX-RS answers 415 where a body is expected
            return;
        }
        if (!soort.get().isEmpty() && !soort.get().equals("utf-8")) {
            weiger(response, new Invoerfout(415, "API-415", "Mediatype niet ondersteund",
                    "JSON is altijd UTF-8; stuur geen andere charset.", List.of()));
            return;
        }
        byte[] body = lees(request.getInputStream());
        if (body == null) {
            weiger(response, teGroot());
            return;
        }
        if (body.length > 0) {
            Optional<Invoerfout> bodyfout = Invoerbeleid.json(body);
            if (bodyfout.isPresent()) {
                weiger(response, bodyfout.get());
                return;
            }
        }
        chain.doFilter(new GelezenBody(request, body), response);
    }

    private static Optional<Invoerfout> adres(HttpServletRequest request) {
        String pad = request.getRequestURI();
        String query = request.getQueryString();
        int lengte = (pad == null ? 0 : pad.length()) + (query == null ? 0 : query.length() + 1);
        if (lengte > MAXIMALE_ADRESLENGTE) {
            return Optional.of(new Invoerfout(414, "API-414", "Adres te lang",
                    "Het adres (pad en query) is langer dan " + MAXIMALE_ADRESLENGTE + " tekens.", List.of()));
        }
        return Invoerbeleid.pad(pad).or(() -> Invoerbeleid.query(query));
    }

    private static Optional<Invoerfout> koppen(HttpServletRequest request) {
        long lengte = 0;
        for (String naam : Collections.list(request.getHeaderNames())) {
            for (String waarde : Collections.list(request.getHeaders(naam))) {
                lengte += naam.length() + waarde.length() + 4;
            }
        }
        if (lengte > MAXIMALE_KOPLENGTE) {
            return Optional.of(new Invoerfout(431, "API-431", "Kopregels te groot",
                    "De kopregels samen zijn groter dan " + (MAXIMALE_KOPLENGTE / 1024) + " KiB.", List.of()));
        }
        return Optional.empty();
    }

    private static boolean heeftBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /** The charset of a JSON media type ("" when none is named), or empty when the body is not JSON. */
    static Optional<String> jsonSoort(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String[] delen = contentType.toLowerCase(Locale.ROOT).split(";");
        String type = delen[0].trim();
        if (!type.equals("application/json") && !(type.startsWith("application/") && type.endsWith("+json"))) {
            return Optional.empty();
        }
        for (int i = 1; i < delen.length; i++) {
            String parameter = delen[i].trim();
            if (parameter.startsWith("charset=")) {
                return Optional.of(parameter.substring("charset=".length()).replace("\"", "").trim());
            }
        }
        return Optional.of("");
    }

    /** The body, or null when it is larger than allowed (the rest is thrown away so the client reads the 413). */
    private static byte[] lees(InputStream in) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            uit.write(buffer, 0, n);
            if (uit.size() > MAXIMALE_BODY) {
                afvoeren(in, -1);
                return null;
            }
        }
        return uit.toByteArray();
    }

    private static void afvoeren(InputStream in, long aangekondigd) {
        if (aangekondigd > AFVOER_MAXIMUM) {
            return; // the connection is lost instead
        }
        byte[] buffer = new byte[16 * 1024];
        long weg = 0;
        try {
            int n;
            while (weg < AFVOER_MAXIMUM && (n = in.read(buffer)) > 0) {
                weg += n;
            }
        } catch (IOException afgebroken) {
            // the client gave up sending; the 413 still goes out if the connection allows
        }
    }

    private static Invoerfout teGroot() {
        return new Invoerfout(413, "API-413", "Verzoek te groot",
                "Het verzoek is groter dan " + (MAXIMALE_BODY / 1024) + " KiB.", List.of());
    }

    private static void weiger(HttpServletResponse response, Invoerfout fout) throws IOException {
        Probleemschrijver.schrijf(response, fout.status(), fout.code(), fout.titel(), fout.detail(), fout.ongeldig());
    }

    /**
     * The request with its body already read: JAX-RS reads the same bytes again. One stream for the whole request,
     * as the servlet contract says: Jersey asks {@code getInputStream()} anew for every read.
     */
    private static final class GelezenBody extends HttpServletRequestWrapper {
        private final byte[] body;
        private final ServletInputStream stroom;

        GelezenBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            this.stroom = new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return bytes.read(b, off, len);
                }

                @Override
                public int available() {
                    return bytes.available();
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("synchroon gelezen");
                }
            };
        }

        @Override
        public ServletInputStream getInputStream() {
            return stroom;
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
