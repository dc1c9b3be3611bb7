package nl.schakel.web.crisisdossier;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.schakel.crisisdossier.domein.Crisisbetrokkene;
import nl.schakel.crisisdossier.domein.Crisisdossier;
import nl.schakel.crisisdossier.toepassing.Dossierinzage;

/**
 * A file in "Mijn crises": enough to recognise the family (the first betrokkene's family name and the first child's
 * first name and birth year), to see the clock, who goes to the family and the DMFI clock; the rest is read by opening it.
 */
@JsonbPropertyOrder({"id", "status", "gestartOp", "initiatiefnemer", "partners", "herkenning", "sof7", "openTaken", "gaatErheen", "dmfi"})
public record CrisisdossierSamenvattingJson(UUID id, String status, Instant gestartOp, String initiatiefnemer, List<String> partners,
        String herkenning, CrisisdossierJson.Sof7Json sof7, int openTaken, String gaatErheen,
        DmfiJson.SamenvattingJson dmfi) {

    static CrisisdossierSamenvattingJson van(Dossierinzage inzage) {
        Crisisdossier d = inzage.dossier();
        return new CrisisdossierSamenvattingJson(d.id(), d.status().name(), d.gestartOp(), d.initiatiefnemer(), List.copyOf(d.partners()),
                herkenning(d), CrisisdossierJson.sof7(inzage), inzage.taken().open(), inzage.taken().gaatErheen().orElse(null),
                DmfiJson.SamenvattingJson.van(inzage.dmfi()));
    }

    static String herkenning(Crisisdossier d) {
        List<Crisisbetrokkene> personen = d.betrokkenen();
        String familie = "Familie " + personen.get(0).achternaam();
        return personen.stream().filter(p -> p.rol().name().equals("KIND")).findFirst()
                .map(kind -> familie + " — " + kind.voornaam() + kind.geboortedatum().map(g -> " (" + g.getYear() + ")").orElse(""))
                .orElse(familie);
    }
}
