package nl.schakel.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits to the domain.xml of a stopped Payara domain, for what must hold before the domain's next start and so cannot
 * wait for asadmin (which needs the domain running).
 */
final class DomeinXml {

    private static final Pattern DATA_GRID = Pattern.compile("<hazelcast-config-specific-configuration\\b[^>]*>");

    private DomeinXml() {
    }

    /**
     * Marks the application's reference as disabled, so the next start does not load it. Payara reads domain.xml at
     * start; the redeploy with {@code --enabled=true} that follows enables the new version.
     */
    static void slaAppOverBijStart(Path domeinXml, String app) {
        String xml = lees(domeinXml);
        Matcher ref = Pattern.compile("<application-ref\\b[^>]*\\bref=\"" + Pattern.quote(app) + "\"[^>]*>").matcher(xml);
        StringBuilder uit = new StringBuilder();
        while (ref.find()) {
            ref.appendReplacement(uit, Matcher.quoteReplacement(uitgezet(ref.group(), "application-ref")));
        }
        ref.appendTail(uit);
        schrijfAlsAnders(domeinXml, xml, uit.toString());
    }

    /**
     * Switches the server's Hazelcast data grid off before the domain's first start. A new domain has it on, and on
     * its first start it looks for a cluster to join: where the network answers that search oddly, the start waits
     * for Hazelcast's join time-out of 300 s (seen once in CI: start-domain past the launcher's 300 s, every IT of
     * platform-ear failed). The platform runs one server and uses no data grid; the multimode commands switch it off
     * as well, for a domain the launcher did not create.
     *
     * @throws LauncherFout if the server's configuration has no data-grid element: a Payara whose domain template
     *                      changed, which must not silently start with the grid on
     */
    static void zetDataGridUit(Path domeinXml) {
        String xml = lees(domeinXml);
        Matcher grid = serverConfiguratie(xml).map(config -> DATA_GRID.matcher(xml).region(config[0], config[1]))
                .filter(Matcher::find)
                .orElseThrow(() -> new LauncherFout("Het Hazelcast-element van server-config staat niet in " + domeinXml
                        + "; deze Payara-versie maakt zijn domein anders aan dan de launcher kent."));
        String uit = uitgezet(grid.group(), "hazelcast-config-specific-configuration");
        schrijfAlsAnders(domeinXml, xml, xml.substring(0, grid.start()) + uit + xml.substring(grid.end()));
    }

    /**
     * Where the server's own configuration stands in domain.xml, from its start tag to its end tag (start and end
     * index); empty without one. domain.xml also has a default-config, whose settings a new instance would take.
     */
    static Optional<int[]> serverConfiguratie(String xml) {
        int start = xml.indexOf("<config name=\"server-config\"");
        int eind = start < 0 ? -1 : xml.indexOf("</config>", start);
        return eind < 0 ? Optional.empty() : Optional.of(new int[] {start, eind});
    }

    /** The start tag {@code element} of element {@code naam} with exactly one {@code enabled="false"}, after its name. */
    private static String uitgezet(String element, String naam) {
        return element.replaceAll("\\s+enabled=\"[^\"]*\"", "").replaceFirst("^<" + naam, "<" + naam + " enabled=\"false\"");
    }

    private static String lees(Path domeinXml) {
        try {
            return Files.readString(domeinXml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void schrijfAlsAnders(Path domeinXml, String voor, String na) {
        if (na.equals(voor)) {
            return;
        }
        try {
            Files.writeString(domeinXml, na);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
