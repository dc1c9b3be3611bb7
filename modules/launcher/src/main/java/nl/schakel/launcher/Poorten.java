package nl.schakel.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Controleert vóór de start of alle poorten vrij zijn. */
final class Poorten {

    /** Een poort die een onderdeel nodig heeft, met de instelling die hem verandert. */
    record Claim(int poort, String onderdeel, String instelling) {
    }

    private Poorten() {
    }

    static boolean vrij(int poort) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(poort));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Gooit een {@link LauncherFout} die elke bezette poort en de instelling ervan noemt. */
    static void controleerVrij(List<Claim> claims) {
        List<String> bezet = new ArrayList<>();
        for (Claim c : claims) {
            if (c.poort() < 1 || c.poort() > 65535) {
                bezet.add("poort " + c.poort() + " (" + c.onderdeel() + ") is geen geldige poort; verander instelling "
                        + c.instelling());
            } else if (!vrij(c.poort())) {
                bezet.add("poort " + c.poort() + " (" + c.onderdeel() + ") is al in gebruik; kies een andere met instelling "
                        + c.instelling());
            }
        }
        if (!bezet.isEmpty()) {
            throw new LauncherFout("Kan niet starten, er is niets gestart:\n  - " + String.join("\n  - ", bezet)
                    + "\nZet de instelling in schakel.properties, als omgevingsvariabele SCHAKEL_<SLEUTEL> of met -Dsleutel=waarde.");
        }
    }
}
