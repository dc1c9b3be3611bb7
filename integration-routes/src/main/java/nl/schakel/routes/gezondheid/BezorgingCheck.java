package nl.schakel.routes.gezondheid;

import java.util.Map;
import java.util.function.Supplier;

import nl.schakel.routes.bezorging.BezorgOpslag;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Het signaal naast readiness: open dode brieven, wachtende gebeurtenissen en de achterstand (leeftijd van de
 * oudste wachtende, in seconden) per ontvanger, en configuratiefouten. Geen readiness of liveness: een kapotte
 * ontvanger maakt de routes niet onbruikbaar voor de rest. DOWN (in {@code /observe/health}) alleen bij een
 * configuratiefout, die lost zichzelf niet op; dode brieven en achterstand zijn cijfers om op te alarmeren.
 */
public class BezorgingCheck extends AbstractHealthCheck {

    private final BezorgOpslag opslag;
    private final Supplier<Map<String, String>> configuratiefouten;

    public BezorgingCheck(BezorgOpslag opslag, Supplier<Map<String, String>> configuratiefouten) {
        super("schakel", "bezorging");
        this.opslag = opslag;
        this.configuratiefouten = configuratiefouten;
    }

    @Override
    public boolean isReadiness() {
        return false;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        long dood = 0;
        long wachtend = 0;
        long achterstand = 0;
        StringBuilder per = new StringBuilder();
        for (BezorgOpslag.Stand s : opslag.standPerOntvanger()) {
            dood += s.openDodeBrieven();
            wachtend += s.wachtend();
            achterstand = Math.max(achterstand, s.oudsteSeconden());
            per.append(per.isEmpty() ? "" : ",").append(s.organisatie()).append('=').append(s.wachtend()).append('/')
                    .append(s.oudsteSeconden()).append("s/").append(s.openDodeBrieven());
        }
        Map<String, String> fouten = configuratiefouten.get();
        builder.detail("open_dode_brieven", dood);
        builder.detail("wachtend", wachtend);
        builder.detail("achterstand_seconden", achterstand);
        builder.detail("per_ontvanger", per.toString());
        builder.detail("configuratiefouten", String.join(",", new java.util.TreeSet<>(fouten.keySet())));
        if (fouten.isEmpty()) {
            builder.up();
        } else {
            builder.message("bezorginstellingen ontbreken of zijn onbruikbaar voor " + fouten.keySet()).down();
        }
    }
}
