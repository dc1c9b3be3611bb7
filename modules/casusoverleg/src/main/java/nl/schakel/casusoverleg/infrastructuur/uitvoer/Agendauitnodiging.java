package nl.schakel.casusoverleg.infrastructuur.uitvoer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Clazz;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import nl.schakel.casusoverleg.domein.Agendaoverzicht;

/**
 * The calendar invitation of a meeting for one organisation (RFC 5545, built and validated by ical4j): one VEVENT in
 * Dutch time with its VTIMEZONE, the table's name, place or online link, and the numbers of the items the
 * organisation is invited to. Nothing else: a calendar file ends up on mail and calendar servers outside the
 * platform, so no names (not even the chair's), no case reference, no BSN, no address other than the meeting place.
 *
 * <p>A plain iCalendar object without {@code METHOD}: it is not an iTIP message (RFC 5546 would want an ORGANIZER with
 * a mail address, and Schakel sends no invitations itself); calendars import it as a published event. The UID is
 * stable per meeting and organisation, so importing a newer file replaces the event, and SEQUENCE grows with every
 * change ({@link Agendaoverzicht#volgnummer}).
 */
public final class Agendauitnodiging {

    public static final String MEDIATYPE = "text/calendar";
    static final String TIJDZONE = "Europe/Amsterdam";
    static final String PRODID = "-//Schakel//Casusoverleg//NL";

    private Agendauitnodiging() {}

    public static String uid(Agendaoverzicht overzicht) {
        return "casusoverleg-" + overzicht.overlegId() + "-" + overzicht.organisatie().toLowerCase(Locale.ROOT) + "@schakel";
    }

    public static String maak(Agendaoverzicht overzicht, Instant nu, String webAdres) {
        TimeZoneRegistry register = TimeZoneRegistryFactory.getInstance().createRegistry();
        var tijdzone = register.getTimeZone(TIJDZONE);
        ZoneId zone = ZoneId.of(TIJDZONE);
        ZonedDateTime begin = ZonedDateTime.of(overzicht.datum(), overzicht.aanvang(), zone);
        VEvent gebeurtenis = overzicht.einde()
                .map(einde -> new VEvent(begin, ZonedDateTime.of(overzicht.datum(), einde, zone), samenvatting(overzicht)))
                .orElseGet(() -> new VEvent(begin, samenvatting(overzicht)));
        gebeurtenis.replace(new DtStamp(nu));
        gebeurtenis.add(new LastModified(nu));
        gebeurtenis.add(new Uid(uid(overzicht)));
        gebeurtenis.add(new Sequence(overzicht.volgnummer()));
        gebeurtenis.add(new Description(beschrijving(overzicht, webAdres)));
        overzicht.plaats().or(overzicht::onlineLink).ifPresent(plaats -> gebeurtenis.add(new Location(plaats)));
        overzicht.onlineLink().ifPresent(link -> gebeurtenis.add(new Url(java.net.URI.create(link))));
        gebeurtenis.add(new Status(Status.VALUE_CONFIRMED));
        gebeurtenis.add(new Transp(Transp.VALUE_OPAQUE));
        gebeurtenis.add(new Clazz(Clazz.VALUE_CONFIDENTIAL));

        Calendar kalender = new Calendar();
        kalender.add(new ProdId(PRODID));
        kalender.add(ImmutableVersion.VERSION_2_0);
        kalender.add(new CalScale(CalScale.VALUE_GREGORIAN));
        kalender.add(tijdzone.getVTimeZone());
        kalender.add(gebeurtenis);
        try {
            StringWriter uit = new StringWriter();
            new CalendarOutputter(true).output(kalender, uit);
            return uit.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("agenda.ics voldoet niet aan RFC 5545: " + e.getMessage(), e);
        }
    }

    private static String samenvatting(Agendaoverzicht overzicht) {
        return overzicht.tafelnaam();
    }

    private static String beschrijving(Agendaoverzicht overzicht, String webAdres) {
        String punten = overzicht.regels().stream().map(r -> String.valueOf(r.volgnummer())).collect(Collectors.joining(", "));
        String wat = overzicht.regels().isEmpty() ? "Nog geen agendapunten."
                : (overzicht.volledig() ? "Agendapunten: " : "Agendapunten voor uw organisatie: ") + punten + ".";
        return wat + " De stukken staan in Schakel: " + webAdres + "/#/casusoverleg/agendapunten"
                + " (na bevestiging van de geheimhoudingsverklaring).";
    }
}
