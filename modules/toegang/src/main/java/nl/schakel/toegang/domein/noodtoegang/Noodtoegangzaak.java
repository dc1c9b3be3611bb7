package nl.schakel.toegang.domein.noodtoegang;

import java.util.List;
import nl.schakel.toegang.domein.Toegang;

/**
 * A break-glass opening with its reviews. Its overall verdict: not justified as soon as one reviewer says so
 * (that must stay visible), justified when every reviewer said so, open otherwise.
 */
public record Noodtoegangzaak(Toegang toegang, String geopendDoorNaam, List<Beoordeling> beoordelingen) {

    public Noodtoegangzaak {
        beoordelingen = List.copyOf(beoordelingen);
    }

    public Oordeel oordeel() {
        if (beoordelingen.stream().anyMatch(b -> b.status() == Oordeel.NIET_GERECHTVAARDIGD)) {
            return Oordeel.NIET_GERECHTVAARDIGD;
        }
        if (!beoordelingen.isEmpty() && beoordelingen.stream().allMatch(b -> b.status() == Oordeel.GERECHTVAARDIGD)) {
            return Oordeel.GERECHTVAARDIGD;
        }
        return Oordeel.OPEN;
    }
}
