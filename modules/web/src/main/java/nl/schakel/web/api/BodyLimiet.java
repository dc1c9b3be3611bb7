package nl.schakel.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import nl.schakel.gedeeld.fout.SchakelFout;

/**
 * Refuses request bodies over {@link #MAXIMUM} bytes with 413, whether the size is announced or the body
 * is streamed, so one oversized request cannot exhaust the server. The rest of a refused body is read and
 * thrown away (up to {@link #AFVOER_MAXIMUM}): an HTTP/1.1 client that is still sending would otherwise
 * never read the 413; a body larger than that loses its connection instead.
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR)
public class BodyLimiet implements ContainerRequestFilter {

    static final int MAXIMUM = 256 * 1024;
    static final long AFVOER_MAXIMUM = 16L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAXIMUM) {
            afvoeren(request.getEntityStream(), request.getLength());
            throw new TeGrootFout();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Begrensd(request.getEntityStream()));
        }
    }

    static final class Begrensd extends FilterInputStream {

        private long gelezen;

        Begrensd(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                tel(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int lengte) throws IOException {
            int n = super.read(buffer, offset, lengte);
            if (n > 0) {
                tel(n);
            }
            return n;
        }

        private void tel(int n) {
            gelezen += n;
            if (gelezen > MAXIMUM) {
                afvoeren(in, -1);
                throw new TeGrootFout();
            }
        }
    }

    private static void afvoeren(InputStream in, long aangekondigd) {
        if (aangekondigd > AFVOER_MAXIMUM) {
            return;
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

    /** 413 Content Too Large. */
    public static final class TeGrootFout extends SchakelFout {

        TeGrootFout() {
            super("API-413", "Het verzoek is groter dan " + (MAXIMUM / 1024) + " KiB.");
        }

        @Override
        public int status() {
            return 413;
        }

        @Override
        public String titel() {
            return "Verzoek te groot";
        }
    }
}
