package nl.schakel.routes.bezorging;

import java.net.URI;

/**
 * Bezorginstellingen van één ontvangende organisatie. {@code webhook} en {@code geheim} zijn samen
 * gezet of samen leeg; {@code mailbox} mag leeg zijn.
 */
public record OrganisatieBezorging(String code, URI webhook, String geheim, String mailbox) {

    public boolean heeftWebhook() {
        return webhook != null;
    }

    public boolean heeftMailbox() {
        return mailbox != null;
    }
}
