package nl.schakel.routes.bezorging;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Eén bezorger per ontvangende organisatie: elke ontvanger werkt zijn eigen wachtrij af, oudste eerst, met zijn
 * eigen herhalingen (die van {@link OverdrachtBezorgingRoute#PER_GEBEURTENIS}, die in de eigen thread wachten).
 * Zo houdt een kapotte ontvanger alleen zichzelf op; de volgorde per ontvanger blijft die van de feed.
 * Per organisatie loopt hoogstens één bezorger tegelijk ({@link #bezig}); de poll van de feed wekt ze.
 */
public class BezorgWachtrijen {

    private static final Logger LOG = LoggerFactory.getLogger(OverdrachtBezorgingRoute.ROUTE_ID);

    private final BezorgOpslag opslag;
    private final Set<String> bezig = ConcurrentHashMap.newKeySet();
    private CamelContext context;
    private ExecutorService pool;
    private ProducerTemplate producer;

    public BezorgWachtrijen(BezorgOpslag opslag) {
        this.opslag = opslag;
    }

    /** Na het vullen van de wachtrij: een bezorger voor elke ontvanger met werk die er nog geen heeft. */
    public synchronized void wek(CamelContext camelContext) {
        if (pool == null) {
            context = camelContext;
            // beheerd door de context: bij het stoppen van Camel wordt de pool afgesloten
            pool = camelContext.getExecutorServiceManager().newCachedThreadPool(this, "bezorging-per-ontvanger");
            producer = camelContext.createProducerTemplate();
        }
        List<String> ontvangers = opslag.ontvangersMetWachtrij();
        for (String organisatie : ontvangers) {
            if (bezig.add(organisatie)) {
                try {
                    pool.execute(() -> werkAf(organisatie));
                } catch (RejectedExecutionException e) {
                    bezig.remove(organisatie); // context stopt
                }
            }
        }
    }

    /** Hoeveel ontvangers op dit moment een bezorger hebben. */
    public int bezig() {
        return bezig.size();
    }

    private void werkAf(String organisatie) {
        try {
            Gebeurtenis g;
            while (context.isStarted() && (g = opslag.volgendeVoor(organisatie)) != null) {
                Gebeurtenis volgende = g;
                Exchange uitkomst = producer.send(OverdrachtBezorgingRoute.PER_GEBEURTENIS,
                        e -> e.getMessage().setBody(volgende));
                if (uitkomst.getException() != null) {
                    // vastleggen mislukt (database weg?): de rij blijft staan, de volgende poll begint opnieuw
                    LOG.warn("Bezorging aan {} onderbroken bij {}: {}", organisatie, volgende,
                            uitkomst.getException().toString());
                    return;
                }
                if (uitkomst.getProperty(Bezorging.CONFIGURATIEFOUT) != null) {
                    return; // wacht op correcte instellingen; de volgende poll probeert opnieuw
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Bezorging aan {} onderbroken: {}", organisatie, e.toString());
        } finally {
            bezig.remove(organisatie);
        }
    }
}
