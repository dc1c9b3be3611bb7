package nl.schakel.web.werk;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import nl.schakel.toegang.toepassing.werkvoorraad.Werkvoorraadtegel;

/** "Mijn werk": the tiles of every flow, flows in a fixed order (overdracht, casusoverleg, crisisdossier, toegang). */
public record MijnWerkJson(List<TegelJson> tegels) {

    private static final List<String> STROMEN = List.of("overdracht", "casusoverleg", "crisisdossier", "toegang");

    /** Known flows first in their order, any other after them. */
    static int volgorde(String stroom) {
        int plaats = STROMEN.indexOf(stroom);
        return plaats < 0 ? STROMEN.size() : plaats;
    }

    /** One count; {@code scherm} is the UI route listing what was counted. */
    @JsonbPropertyOrder({"stroom", "code", "titel", "aantal", "vraagtAandacht", "scherm"})
    public record TegelJson(String stroom, String code, String titel, long aantal, boolean vraagtAandacht, String scherm) {

        static TegelJson van(Werkvoorraadtegel tegel) {
            return new TegelJson(tegel.stroom(), tegel.code(), tegel.titel(), tegel.aantal(), tegel.vraagtAandacht(),
                    tegel.scherm());
        }
    }
}
