package nl.schakel.demopartner;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/**
 * De functionele mailbox van de demo: een echte SMTP-server (GreenMail) die elk adres aanneemt. Elke aangenomen mail
 * gaat ook in het dagboek ({@code mails.jsonl}), zodat de pagina na een herstart nog laat zien wat er binnenkwam.
 */
final class DemoMailbox implements AutoCloseable {

    private final GreenMail greenMail;

    DemoMailbox(String host, int poort, Dagboek<Mail> mails, Clock klok) {
        greenMail = new GreenMail(new ServerSetup(poort, host, ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        MessageDeliveryHandler standaard = greenMail.getUserManager().getMessageDeliveryHandler();
        greenMail.getUserManager().setMessageDeliveryHandler((bericht, adres) -> {
            MimeMessage m = bericht.getMessage();
            mails.voegToe(new Mail(Instant.now(klok).toString(), adres.getEmail(), van(m), m.getSubject(), tekst(m)));
            System.out.printf("mail aangenomen voor %s: %s%n", adres.getEmail(), m.getSubject());
            return standaard.handle(bericht, adres);
        });
    }

    int poort() {
        return greenMail.getSmtp().getPort();
    }

    private static String van(MimeMessage m) throws MessagingException {
        Address[] van = m.getFrom();
        return van == null || van.length == 0 ? null : van[0].toString();
    }

    private static String tekst(MimeMessage m) throws MessagingException {
        try {
            Object inhoud = m.getContent();
            if (inhoud instanceof String s) {
                return s;
            }
            if (inhoud instanceof Multipart mp && mp.getCount() > 0 && mp.getBodyPart(0).getContent() instanceof String s) {
                return s;
            }
            return "(" + m.getContentType() + ")";
        } catch (IOException e) {
            throw new MessagingException("inhoud onleesbaar", e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
