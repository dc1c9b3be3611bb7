package nl.schakel.routes.bezorging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    /** Gezet als de bezorging stopte op een {@link BezorgConfiguratieFout}: de wachtrij van de ontvanger wacht. */
    static final String CONFIGURATIEFOUT = "schakelConfiguratieFout";
    /** Pogingen op het huidige kanaal (de eerste plus de herhalingen). */
    static final String POGINGEN = "schakelPogingen";
    private static final Logger LOG = LoggerFactory.getLogger(OverdrachtBezorgingRoute.ROUTE_ID);

    private final BezorgInstellingen instellingen;
    private final WebhookBezorger webhook;
    private final MailBezorger mail;
    private final BezorgOpslag opslag;
    private final Map<String, String> configuratiefouten = new ConcurrentHashMap<>();

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
            throw new BezorgConfiguratieFout("organisatie " + g.ontvanger()
                    + " heeft alleen een mailbox en het mailkanaal staat uit (geen SMTP-server ingesteld)");
        }
        exchange.setProperty(ONTVANGER, ontvanger);
    }

    public void webhook(Exchange exchange) {
        Gebeurtenis g = exchange.getMessage().getBody(Gebeurtenis.class);
        OrganisatieBezorging ontvanger = exchange.getProperty(ONTVANGER, OrganisatieBezorging.class);
        if (!ontvanger.heeftWebhook() || opslag.isBezorgd(g, BezorgOpslag.WEBHOOK)) {
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
        if (!ontvanger.heeftMailbox() || mail == null || opslag.isBezorgd(g, BezorgOpslag.MAIL)) {
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
        if (configuratiefouten.remove(g.ontvanger()) != null) {
            LOG.info("Bezorginstellingen van {} zijn weer bruikbaar", g.ontvanger());
        }
        LOG.info("Bezorgd: {}", g);
    }

    /**
     * Aangeroepen uit de foutafhandeling bij een {@link BezorgConfiguratieFout}: geen dode brief, de gebeurtenis
     * blijft in de wachtrij van deze ontvanger; de fout staat in {@link #configuratiefouten()} tot het weer lukt.
     */
    public void configuratieFout(Exchange exchange) {
        Gebeurtenis g = exchange.getMessage().getBody(Gebeurtenis.class);
        Throwable oorzaak = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String reden = oorzaak == null ? "onbekende oorzaak" : oorzaak.getMessage();
        exchange.setProperty(CONFIGURATIEFOUT, reden);
        if (!reden.equals(configuratiefouten.put(g.ontvanger(), reden))) {
            LOG.error("CONFIGURATIEFOUT bezorging aan {}: {}. Gebeurtenissen voor {} wachten (geen dode brieven) tot de"
                    + " bezorginstellingen kloppen; de andere ontvangers gaan door.", g.ontvanger(), reden, g.ontvanger());
        }
    }

    /**
     * Ontvangers waarvan de bezorginstellingen ontbreken of onbruikbaar zijn, met de reden. Opnieuw gecontroleerd bij
     * elke vraag: na een correctie van het bestand verdwijnt de fout ook als er (nog) niets voor die ontvanger kwam.
     */
    public Map<String, String> configuratiefouten() {
        configuratiefouten.keySet().removeIf(this::bruikbaar);
        return Map.copyOf(configuratiefouten);
    }

    private boolean bruikbaar(String code) {
        try {
            return instellingen.voor(code).heeftWebhook() || mail != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Controle bij de start: elke code in {@code verwacht} moet bruikbare instellingen hebben. */
    public Map<String, String> controleer(java.util.Collection<String> verwacht) {
        Map<String, String> fouten = new java.util.TreeMap<>();
        for (String code : verwacht) {
            try {
                OrganisatieBezorging o = instellingen.voor(code);
                if (!o.heeftWebhook() && mail == null) {
                    fouten.put(code, "alleen een mailbox en het mailkanaal staat uit (geen SMTP-server ingesteld)");
                }
            } catch (BezorgConfiguratieFout | IllegalStateException e) {
                fouten.put(code, e.getMessage());
            }
        }
        fouten.forEach((code, reden) -> {
            configuratiefouten.put(code, reden);
            LOG.error("CONFIGURATIEFOUT bezorging aan {}: {}", code, reden);
        });
        return fouten;
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
