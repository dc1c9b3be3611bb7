package nl.schakel.routes.bezorging;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import java.util.regex.Pattern;

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
 * <p>Per stroom (het voorvoegsel van het type) een eigen zin en link: een overdracht linkt via {@code mail.link}
 * ({@code {id}} = laatste padsegment), een casusoverleg naar het scherm in de app dat bij het onderwerp hoort
 * ({@code /agendapunten/{id}} → {@code #/casusoverleg/agendapunten/{id}}, {@code /acties/{id}} →
 * {@code #/casusoverleg/acties/{id}}, enzovoort). De feed heeft geen datum van het overleg en geen casus, dus de mail
 * noemt die ook niet.
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

    static final String OVERDRACHT = "nl.schakel.overdracht.";
    static final String CASUSOVERLEG = "nl.schakel.casusoverleg.";
    /** Alleen een id komt in een link, nooit wat er verder in het onderwerp zou staan. */
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F-]{1,64}");

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
        if (g.type().startsWith(CASUSOVERLEG)) {
            return switch (g.type().substring(CASUSOVERLEG.length())) {
                case "uitgenodigd" -> "Uitnodiging voor het casusoverleg in Schakel";
                case "agenda-gewijzigd" -> "Agenda van het casusoverleg gewijzigd in Schakel";
                case "actie-toegewezen" -> "Nieuwe actie uit het casusoverleg in Schakel";
                case "actie-verloopt" -> "Actie uit het casusoverleg verloopt in Schakel";
                case "afgeschaald" -> "Casus afgeschaald in het casusoverleg in Schakel";
                default -> "Wijziging in het casusoverleg in Schakel";
            };
        }
        return switch (g.type()) {
            case "nl.schakel.overdracht.verzonden" -> "Nieuwe overdracht in Schakel";
            default -> "Wijziging in een overdracht in Schakel";
        };
    }

    String tekst(Gebeurtenis g) {
        if (g.type().startsWith(CASUSOVERLEG)) {
            String zin = switch (g.type().substring(CASUSOVERLEG.length())) {
                case "uitgenodigd" -> "Uw organisatie is uitgenodigd voor een agendapunt van het casusoverleg";
                case "agenda-gewijzigd" -> "De agenda van een casusoverleg waarvoor uw organisatie is uitgenodigd, is gewijzigd";
                case "actie-toegewezen" -> "Uw organisatie heeft een actie gekregen uit het casusoverleg";
                case "actie-verloopt" -> "Een actie van uw organisatie uit het casusoverleg verloopt";
                case "afgeschaald" -> "Een casus uit het casusoverleg waarvoor uw organisatie was uitgenodigd, is afgeschaald";
                default -> "Er is een wijziging in het casusoverleg voor uw organisatie";
            };
            return zin + ": " + casusoverlegLink(g) + "\n\n"
                    + "Log in om het te bekijken. Dit bericht bevat bewust geen gegevens over de casus.\n"
                    + "Dit is een automatisch bericht van Schakel; u kunt er niet op antwoorden.\n";
        }
        String zin = switch (g.type()) {
            case "nl.schakel.overdracht.verzonden" -> "Er staat een nieuwe overdracht voor u klaar in Schakel";
            case "nl.schakel.overdracht.ingetrokken" -> "Een overdracht aan uw organisatie is ingetrokken in Schakel";
            default -> "Er is een wijziging in een overdracht van uw organisatie in Schakel";
        };
        return zin + ": " + link(g) + "\n\n"
                + "Log in om de overdracht te bekijken. Dit bericht bevat bewust geen gegevens over de zaak.\n"
                + "Dit is een automatisch bericht van Schakel; u kunt er niet op antwoorden.\n";
    }

    /**
     * Het scherm van de app bij het onderwerp ({@code …/api/v1/<soort>/<id>}): een agendapunt, actie of aanmelding
     * opent zichzelf; een overleg (alleen van de eigenaren te openen) en al het andere de lijst "Mijn agendapunten".
     */
    String casusoverlegLink(Gebeurtenis g) {
        String onderwerp = g.onderwerp() == null ? "" : g.onderwerp();
        String[] delen = onderwerp.split("/");
        String id = delen.length > 0 ? delen[delen.length - 1] : "";
        String soort = delen.length > 1 ? delen[delen.length - 2] : "";
        String scherm = switch (soort) {
            case "agendapunten", "acties", "aanmeldingen" -> ID.matcher(id).matches()
                    ? "#/casusoverleg/" + soort + "/" + id : "#/casusoverleg/agendapunten";
            default -> "#/casusoverleg/agendapunten";
        };
        return webAdres + "/" + scherm;
    }

    /** Het sjabloon met {@code {id}} vervangen door het laatste padsegment van de resource-URL. */
    String link(Gebeurtenis g) {
        String onderwerp = g.onderwerp() == null ? "" : g.onderwerp();
        String id = onderwerp.substring(onderwerp.lastIndexOf('/') + 1);
        return linkSjabloon.replace("{id}", id);
    }
}
