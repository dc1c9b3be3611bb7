/**
 * The Dutch working-day calendar for the platform's deadlines ({@link nl.schakel.gedeeld.kalender.Werkdagkalender}).
 *
 * <p>Decisions, so that nobody has to rediscover them:
 * <ul>
 * <li><b>Which holidays.</b> The "algemeen erkende feestdagen" of the Algemene termijnenwet (art. 3), the list Dutch
 * law itself uses to extend deadlines: Nieuwjaarsdag, Eerste en Tweede Paasdag, Koningsdag, Bevrijdingsdag,
 * Hemelvaartsdag, Eerste en Tweede Pinksterdag, Eerste en Tweede Kerstdag.</li>
 * <li><b>Goede Vrijdag is a working day.</b> It is not in that list and is no general day off in the Netherlands;
 * only some collective agreements give it.</li>
 * <li><b>Bevrijdingsdag (5 May) every year</b> by default. The law lists it without condition; the Rijksoverheid,
 * municipalities and schools give it every year; many private-sector CAOs only every five years (the Stichting van de
 * Arbeid's 1959 advice). For a deadline, every year is the careful reading: it never ends a term earlier.
 * {@link nl.schakel.gedeeld.kalender.Werkdagkalender.Bevrijdingsdag#LUSTRUM} is there for a partner that needs
 * the other reading.</li>
 * <li><b>Koningsdag</b> is 27 April, or 26 April when the 27th is a Sunday (2014, 2025, 2031, ...); before 2014
 * Koninginnedag, 30 April (29 April when a Sunday).</li>
 * <li><b>No substitute days</b>: a holiday on a weekend is not moved to a weekday.</li>
 * <li><b>Easter</b> is computed with the anonymous Gregorian algorithm (Meeus/Jones/Butcher), not taken from a
 * library. A maintained library exists on Maven Central ({@code de.focus-shift:jollyday-core} 2.x plus a JAXB or
 * Jackson binding); its Dutch calendar (Holidays_nl.xml) agrees on Koningsdag and on Bevrijdingsdag every year
 * since 1990, but counts Goede Vrijdag as a holiday, which we would have to filter out, and it would bring an XML
 * binding, threeten-extra and SLF4J into the EAR's lib/ (class-loading next to Payara's own JAXB, untested). Forty
 * lines with tests over known Easter dates were the smaller risk; the jollyday file is a good cross-check.</li>
 * </ul>
 */
package nl.schakel.gedeeld.kalender;
