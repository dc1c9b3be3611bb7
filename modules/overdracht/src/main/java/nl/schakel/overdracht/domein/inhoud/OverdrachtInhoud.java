package nl.schakel.overdracht.domein.inhoud;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What an overdracht carries (domain.md, flow 1). Every field group belongs to one data category
 * ({@link Veldgroep}); a field group that is {@code null} is absent, either because it was never filled in or
 * because {@link Inhoudsfilter} left it out. Serialised as-is by JSON-B, both into the jsonb column and, if the
 * web module wishes, to the API.
 */
public record OverdrachtInhoud(
        Aanleiding aanleiding,
        Veiligheidsbeoordeling veiligheidsbeoordeling,
        List<Geweldsvorm> geweldsvormen,
        List<Betrokkene> betrokkenen,
        List<String> veiligheidsvoorwaarden,
        List<String> risicofactoren,
        List<String> beschermendeFactoren,
        String hulpvraag,
        String geadviseerdeHulp,
        String huidigeHulpverlening,
        List<Contactpersoon> contactpersonen,
        Melder melder,
        String justitieleInformatie,
        String gezondheid) {

    public OverdrachtInhoud {
        geweldsvormen = kopie(geweldsvormen);
        betrokkenen = kopie(betrokkenen);
        veiligheidsvoorwaarden = kopie(veiligheidsvoorwaarden);
        risicofactoren = kopie(risicofactoren);
        beschermendeFactoren = kopie(beschermendeFactoren);
        contactpersonen = kopie(contactpersonen);
    }

    /** An empty concept, to be filled in step by step. */
    public static OverdrachtInhoud leeg() {
        return new OverdrachtInhoud(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * The same content with the betrokkenen's ids replaced, in order, by {@code ids} (from the person registry:
     * {@link Betrokkenenherkenning}). Whatever id a client sent is overwritten; a null element stays null.
     */
    public OverdrachtInhoud metBetrokkeneIds(List<UUID> ids) {
        if (betrokkenen == null) {
            return this;
        }
        if (ids.size() != betrokkenen.size()) {
            throw new IllegalArgumentException(betrokkenen.size() + " betrokkenen, maar " + ids.size() + " ids");
        }
        List<Betrokkene> metIds = new ArrayList<>();
        for (int i = 0; i < betrokkenen.size(); i++) {
            Betrokkene betrokkene = betrokkenen.get(i);
            metIds.add(betrokkene == null ? null : betrokkene.metId(ids.get(i)));
        }
        return new OverdrachtInhoud(aanleiding, veiligheidsbeoordeling, geweldsvormen, metIds,
                veiligheidsvoorwaarden, risicofactoren, beschermendeFactoren, hulpvraag, geadviseerdeHulp,
                huidigeHulpverlening, contactpersonen, melder, justitieleInformatie, gezondheid);
    }

    /** The ids of the betrokkenen that have one. */
    public Set<UUID> betrokkeneIds() {
        Set<UUID> ids = new LinkedHashSet<>();
        for (Betrokkene betrokkene : betrokkenenOfLeeg()) {
            if (betrokkene != null && betrokkene.id() != null) {
                ids.add(betrokkene.id());
            }
        }
        return ids;
    }

    public List<Betrokkene> betrokkenenOfLeeg() {
        return betrokkenen == null ? List.of() : betrokkenen;
    }

    /** Null stays null (absent is not the same as empty); null elements are kept for validation to name. */
    private static <T> List<T> kopie(List<T> lijst) {
        return lijst == null ? null : Collections.unmodifiableList(new ArrayList<>(lijst));
    }
}
