package nl.schakel.routes.bezorging;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Een korte Nederlandse melding zonder persoonsgegevens naar de functionele mailbox van de ontvanger, via
 * SMTP (Jakarta Mail / Eclipse Angus). Alleen een vaste zin en een link; geen namen, geen zaakinhoud.
 *
 * <p>Wat er per stroom (het voorvoegsel van het type) in staat, zin en link, is een regel in {@link Meldingsstroom}:
 * een overdracht linkt via {@code mail.link} ({@code {id}} = laatste padsegment), een casusoverleg of crisisdossier naar
 * het scherm in de app dat bij het onderwerp hoort ({@code /agendapunten/{id}} → {@code #/casusoverleg/agendapunten/{id}},
 * {@code /crisisdossiers/{id}} → {@code #/crisisdossiers/{id}}, enzovoort). De feed draagt geen namen, datum of casus,
 * dus de mail noemt die ook niet.
 */
public class MailBezorger {

    /** Header met het gebeurtenis-id, zodat de ontvanger een herhaalde mail kan herkennen. */
    public static final String GEBEURTENIS_ID_HEADER = "X-Schakel-Gebeurtenis-Id";

    private final Session sessie;
    private final String afzender;
    private final String gebruiker;
    private final String wachtwoord;
    private final String linkSjabloon;
    private final String webAdres;

    /** @param webAdres de basis van de app ({@code SCHAKEL_WEB_URL}), voor links naar een scherm van een andere stroom */
    public MailBezorger(String host, int poort, boolean starttls, String gebruiker, String wachtwoord,
            String afzender, String linkSjabloon, String webAdres, long timeoutMs) {
        Properties p = new Properties();
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", String.valueOf(poort));
        p.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMs));
        p.put("mail.smtp.timeout", String.valueOf(timeoutMs));
        p.put("mail.smtp.writetimeout", String.valueOf(timeoutMs));
        p.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        p.put("mail.smtp.starttls.required", String.valueOf(starttls));
        boolean auth = gebruiker != null && !gebruiker.isBlank();
        p.put("mail.smtp.auth", String.valueOf(auth));
        this.sessie = Session.getInstance(p);
        this.gebruiker = auth ? gebruiker : null;
        this.wachtwoord = wachtwoord;
        this.afzender = afzender;
        this.linkSjabloon = linkSjabloon;
        this.webAdres = webAdres.replaceAll("/+$", "");
    }

    public void stuur(OrganisatieBezorging ontvanger, Gebeurtenis gebeurtenis) {
        try {
            MimeMessage bericht = new MimeMessage(sessie);
            bericht.setFrom(new InternetAddress(afzender));
            bericht.setRecipients(Message.RecipientType.TO, InternetAddress.parse(ontvanger.mailbox(), true));
            bericht.setSubject(onderwerp(gebeurtenis), StandardCharsets.UTF_8.name());
            bericht.setText(tekst(gebeurtenis), StandardCharsets.UTF_8.name());
            bericht.setSentDate(new Date());
            // het id van de gebeurtenis (= CloudEvent-id): de ontvanger ontdubbelt een herhaalde mail zoals een webhook
            bericht.setHeader(GEBEURTENIS_ID_HEADER, gebeurtenis.id());
            if (gebruiker == null) {
                Transport.send(bericht);
            } else {
                Transport.send(bericht, gebruiker, wachtwoord);
            }
        } catch (AddressException e) {
            throw new BezorgingGeweigerdException("ongeldig mailadres voor organisatie " + ontvanger.code());
        } catch (MessagingException e) {
            throw new BezorgingTijdelijkMisluktException("mailserver niet bruikbaar voor melding aan "
                    + ontvanger.code() + ": " + e.getClass().getSimpleName(), e);
        }
    }

    static String onderwerp(Gebeurtenis g) {
        Meldingsstroom stroom = Meldingsstroom.van(g.type());
        return stroom.melding(g.type()).onderwerp()
                + stroom.zaaknummer(g.onderwerp()).map(nummer -> " (zaaknummer " + nummer + ")").orElse("");
    }

    String tekst(Gebeurtenis g) {
        Meldingsstroom stroom = Meldingsstroom.van(g.type());
        return stroom.melding(g.type()).zin() + ": " + link(stroom, g) + "\n\n"
                + stroom.zaaknummer(g.onderwerp())
                        .map(nummer -> "Zaaknummer: " + nummer + " (hetzelfde nummer als in uw inbox).\n").orElse("")
                + stroom.slot() + "\n"
                + "Dit is een automatisch bericht van Schakel; u kunt er niet op antwoorden.\n";
    }

    /**
     * Een overdracht: het sjabloon met {@code {id}} vervangen door het laatste padsegment van de resource-URL. Een andere
     * stroom: het scherm van de app bij het onderwerp, onder het webadres.
     */
    String link(Meldingsstroom stroom, Gebeurtenis g) {
        String onderwerp = g.onderwerp() == null ? "" : g.onderwerp();
        if (stroom.linkUitSjabloon()) {
            return linkSjabloon.replace("{id}", onderwerp.substring(onderwerp.lastIndexOf('/') + 1));
        }
        return webAdres + "/" + stroom.scherm(g.type(), onderwerp);
    }
}
