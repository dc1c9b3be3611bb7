package nl.schakel.toegang.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.gedeeld.pagina.Cursor;
import nl.schakel.gedeeld.pagina.Pagina;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Medewerker;
import nl.schakel.toegang.domein.ToegangHandeling;
import nl.schakel.toegang.domein.logboek.Logboekregel;
import nl.schakel.toegang.domein.logboek.LogboekZoekvraag;
import nl.schakel.toegang.infrastructuur.logboek.LogboekLezer;

/** The privacy officer reads the logboek; that reading is itself logged, naming the betrokkenen it showed. */
@ApplicationScoped
@Transactional
public class Logboekinzage {

    @Inject
    Toegangspoort poort;

    @Inject
    LogboekLezer lezer;

    public Pagina<Logboekregel> zoek(Medewerker medewerker, LogboekZoekvraag vraag) {
        poort.vereisRol(medewerker, ToegangHandeling.LOGBOEK_LEZEN, Optional.empty());
        Pagina<Logboekregel> gevonden = Pagina.uit(lezer.zoek(vraag), vraag.grootte(),
                r -> Cursor.maak(String.valueOf(r.invoegnummer())));
        List<UUID> betrokkenen = gevonden.items().stream().flatMap(r -> r.betrokkenen().stream()).distinct().toList();
        poort.registreer(medewerker, ToegangHandeling.LOGBOEK_LEZEN, Optional.empty(), betrokkenen, Doel.AUDIT);
        return gevonden;
    }
}
