package nl.schakel.routes;

import nl.schakel.routes.bezorging.OverdrachtBezorgingRoute;
import nl.schakel.routes.intake.OverdrachtIntakeRoute;
import nl.schakel.routes.organisaties.OrganisatiesImportRoute;
import org.apache.camel.main.Main;

/**
 * Startpunt van het integration-routes-proces (Camel Main, eigen JVM).
 * Configuratie komt uit {@code application.properties}, die de omgevingsvariabelen uit de
 * afspraken tussen de onderdelen leest.
 */
public final class SchakelRoutes {

    private SchakelRoutes() {
    }

    public static void main(String[] args) throws Exception {
        maakMain().run(args);
    }

    /** Eén plek waar het proces wordt samengesteld; de tests starten precies dit. */
    public static Main maakMain() {
        Main main = new Main();
        main.configure().addConfiguration(new SchakelRoutesConfiguratie());
        main.configure().addRoutesBuilder(new Foutafhandeling());
        main.configure().addRoutesBuilder(new OrganisatiesImportRoute());
        main.configure().addRoutesBuilder(new OverdrachtBezorgingRoute());
        main.configure().addRoutesBuilder(new OverdrachtIntakeRoute());
        return main;
    }
}
