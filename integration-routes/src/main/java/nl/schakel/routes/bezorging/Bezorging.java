package nl.schakel.routes.bezorging;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * De stappen per gebeurtenis van {@code overdracht-bezorging}; de body is een {@link Gebeurtenis}.
 * Elk kanaal (webhook, mail) wordt per gebeurtenis hoogstens één keer met succes bezorgd: wat gelukt is
 * staat in {@code routes.bezorgd} en wordt bij een herstart of herhaling overgeslagen.
 */
public class Bezorging {

    static final String ONTVANGER = "schakelOntvanger";
    /** Pogingen op het huidige kanaal (de eerste plus de herhalingen). */
    static final String POGINGEN = "schakelPogingen";
    private static final Logger LOG = LoggerFactory.getLogger(OverdrachtBezorgingRoute.ROUTE_ID);

    private final BezorgInstellingen instellingen;
    private final WebhookBezorger webhook;
    private final MailBezorger mail;
    private final BezorgOpslag opslag;

    /** @param mail null als er geen SMTP-server is ingesteld (mailkanaal uit) */
    public Bezorging(BezorgInstellingen instellingen, WebhookBezorger webhook, MailBezorger mail, BezorgOpslag opslag) {
        this.instellingen = instellingen;
        this.webhook = webhook;
        this.mail = mail;
        this.opslag = opslag;
    }

    public void bereidVoor(Exchange exchange) {
        Gebeurtenis g = exchange.getMessage().getBody(Gebeurtenis.class);
        OrganisatieBezorging ontvanger = instellingen.voor(g.ontvanger());
        if (!ontvanger.heeftWebhook() && mail == null) {
            throw new BezorgingGeweigerdException("organisatie " + g.ontvanger()
                    + " heeft alleen een mailbox en het mailkanaal staat uit (geen SMTP-server ingesteld)");
        }
        exchange.setProperty(ONTVANGER, ontvanger);
    }

    public void webhook(Exchange exchange) {
        Gebeurtenis g = exchange.getMessage().getBody(Gebeurtenis.class);
        OrganisatieBezorging ontvanger = exchange.getProperty(ONTVANGER, OrganisatieBezorging.class);
        if (!ontvanger.heeftWebhook() || opslag.isBezorgd(g.id(), BezorgOpslag.WEBHOOK)) {
            return;
        }
        int poging = telPoging(exchange);
        webhook.stuur(ontvanger, g);
        opslag.legBezorgd(g, BezorgOpslag.WEBHOOK, poging);
        exchange.removeProperty(POGINGEN);
    }

    public void mail(Exchange exchange) {
        Gebeurtenis g = exchange.getMessage().getBody(Gebeurtenis.class);
        OrganisatieBezorging ontvanger = exchange.getProperty(ONTVANGER, OrganisatieBezorging.class);
        if (!ontvanger.heeftMailbox() || mail == null || opslag.isBezorgd(g.id(), BezorgOpslag.MAIL)) {
            return;
        }
        int poging = telPoging(exchange);
        mail.stuur(ontvanger, g);
        opslag.legBezorgd(g, BezorgOpslag.MAIL, poging);
        exchange.removeProperty(POGINGEN);
    }

    public void voltooi(Exchange exchange) {
        Gebeurtenis g = exchange.getMessage().getBody(Gebeurtenis.class);
        opslag.voltooi(g);
        LOG.info("Bezorgd: {}", g);
    }

    /** Aangeroepen uit de foutafhandeling als de herhalingen op zijn of de ontvanger weigert. */
    public void doodVerklaar(Exchange exchange) {
        Gebeurtenis g = exchange.getMessage().getBody(Gebeurtenis.class);
        Throwable oorzaak = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String reden = oorzaak == null ? "onbekende oorzaak" : oorzaak.getMessage();
        int pogingen = Math.max(1, exchange.getProperty(POGINGEN, 0, Integer.class));
        opslag.doodVerklaar(g, reden, pogingen);
        LOG.warn("Dode brief: {} na {} poging(en): {}", g, pogingen, reden);
    }

    private static int telPoging(Exchange exchange) {
        int poging = exchange.getProperty(POGINGEN, 0, Integer.class) + 1;
        exchange.setProperty(POGINGEN, poging);
        return poging;
    }
}
