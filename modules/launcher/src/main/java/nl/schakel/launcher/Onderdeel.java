package nl.schakel.launcher;

import java.nio.file.Path;
import java.util.List;

/** Eén stuk van de stack dat de launcher start en stopt (PostgreSQL, Keycloak, Payara, integratieroutes). */
interface Onderdeel {
    /** Naam voor de gebruiker, bijvoorbeeld "PostgreSQL". */
    String naam();

    /** Korte naam voor pid- en logbestand en timeout.&lt;sleutel&gt;. */
    String sleutel();

    /** Of de launcher dit onderdeel zelf start (niet uitgeschakeld en niet extern). */
    boolean startZelf();

    /** Of het onderdeel meedoet (ook als het extern draait). */
    boolean aan();

    List<Poorten.Claim> poorten();

    /** Controles vóór er iets start (ontbrekende bestanden); gooit een {@link LauncherFout}. */
    default void controleerVooraf() {
    }

    /** Eenmalig klaarzetten (uitpakken, initdb, kc.sh build, create-domain) en starten tot het klaar is. */
    void start(Voortgang voortgang);

    /** Stopt wat voor deze home draait, via het pid-bestand; doet niets als niets draait. */
    void stop();

    /** Het levende proces volgens het pid-bestand. */
    java.util.Optional<ProcessHandle> proces();

    /** Eén regel: poort(en) en gezondheid. */
    String gezondheid();

    Path log();
}
