package nl.schakel.toegang.domein.register;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import nl.schakel.toegang.domein.Doel;
import nl.schakel.toegang.domein.Gegevenscategorie;
import nl.schakel.toegang.domein.Rol;
import nl.schakel.toegang.domein.beleid.Toegangsbeleid;
import nl.schakel.toegang.domein.beleid.Verwerking;
import nl.schakel.toegang.domein.bewaren.Bewaarregel;
import nl.schakel.toegang.domein.bewaren.Bewaartermijnen;
import nl.schakel.toegang.domein.register.Registerverwerking.Ontvanger;
import nl.schakel.toegang.domein.register.Registerverwerking.Organisatie;
import nl.schakel.toegang.domein.register.Registerverwerking.Registerrol;
import nl.schakel.toegang.domein.register.Registerverwerking.Verantwoordelijke;

/**
 * The register of processing activities (AVG art. 30), generated, never written by hand: one source of truth. Per
 * purpose with a legal basis in the policy: the categories and recipients from {@code doelen}, the legal basis from
 * {@code grondslagen}, the roles from {@code handelingen} with the realm's descriptions, the controllers and the
 * retention from the retention file, the kinds of data subjects from {@code verwerkingen}. A purpose the sources do
 * not describe completely is refused, naming each gap, so the register cannot silently leave something out.
 */
public record Verwerkingsregister(String beleidsversie, String bewaartermijnenversie, List<Registerverwerking> verwerkingen) {

    public Verwerkingsregister {
        verwerkingen = List.copyOf(verwerkingen);
    }

    /**
     * Generates the register. {@code typeVan} gives an organisation code's type (the partner register); a code it does
     * not know is left out of the controllers' organisations, never guessed.
     */
    public static Verwerkingsregister uit(Toegangsbeleid beleid, Bewaartermijnen termijnen, Realm realm,
            Function<String, Optional<String>> typeVan) {
        List<String> gaten = new ArrayList<>();
        List<Registerverwerking> verwerkingen = new ArrayList<>();
        for (Doel doel : Doel.values()) {
            Optional<Verwerking> beschrijving = beleid.verwerking(doel);
            if (!beleid.doelenMetGrondslag().contains(doel)) {
                beschrijving.ifPresent(v -> gaten.add(doel + " staat in 'verwerkingen' maar heeft geen grondslag."));
                continue;
            }
            if (beschrijving.isEmpty()) {
                gaten.add(doel + " heeft een grondslag maar geen beschrijving in 'verwerkingen'.");
                continue;
            }
            verwerking(beleid, termijnen, realm, typeVan, beschrijving.get(), gaten).ifPresent(verwerkingen::add);
        }
        for (String handeling : new TreeSet<>(beleid.handelingen())) {
            long onder = Arrays.stream(Doel.values()).flatMap(d -> beleid.verwerking(d).stream()).filter(v -> v.omvat(handeling)).count();
            if (onder != 1) {
                gaten.add("Handeling '" + handeling + "' valt onder " + onder + " verwerkingen; dat moet er precies een zijn.");
            }
        }
        if (!gaten.isEmpty()) {
            throw new IllegalStateException("Het verwerkingsregister is niet volledig uit de configuratie af te leiden:\n  - "
                    + String.join("\n  - ", gaten));
        }
        return new Verwerkingsregister(beleid.versie(), termijnen.versie(), verwerkingen);
    }

    private static Optional<Registerverwerking> verwerking(Toegangsbeleid beleid, Bewaartermijnen termijnen, Realm realm,
            Function<String, Optional<String>> typeVan, Verwerking v, List<String> gaten) {
        Doel doel = v.doel();
        int voor = gaten.size();
        if (v.betrokkenen().isEmpty()) {
            gaten.add(doel + ": geen categorieën van betrokkenen.");
        }
        List<Bewaarregel> eigen = regels(termijnen, doel);
        Set<String> typen = new LinkedHashSet<>();
        eigen.stream().filter(r -> !r.brontype().equals(Bewaartermijnen.LOGBOEK)).map(Bewaarregel::eigenaar).forEach(typen::add);
        typen.addAll(v.verantwoordelijken());
        if (typen.isEmpty()) {
            gaten.add(doel + ": geen verwerkingsverantwoordelijke (geen bewaarregel en geen 'verantwoordelijken').");
        }
        Set<String> deelnemers = new TreeSet<>(beleid.organisatietypen(doel));
        Set<Gegevenscategorie> categorieen = EnumSet.noneOf(Gegevenscategorie.class);
        deelnemers.forEach(type -> categorieen.addAll(beleid.toegestaan(doel, type)));
        if (!deelnemers.isEmpty() && !v.categorieen().isEmpty()) {
            gaten.add(doel + ": de categorieën staan al in 'doelen'; noem ze niet nog eens in 'verwerkingen'.");
        }
        categorieen.addAll(v.categorieen());
        if (categorieen.isEmpty()) {
            gaten.add(doel + ": geen gegevenscategorieën.");
        }
        List<Bewaarregel> bewaartermijnen = eigen;
        if (!eigen.isEmpty() && v.bewaardMet().isPresent()) {
            gaten.add(doel + ": heeft eigen bewaarregels én 'bewaardMet'; kies een van beide.");
        } else if (eigen.isEmpty()) {
            bewaartermijnen = v.bewaardMet().map(ander -> regels(termijnen, ander)).orElse(List.of());
            if (bewaartermijnen.isEmpty()) {
                gaten.add(doel + ": geen bewaartermijn (geen regel in bewaartermijnen.json en geen 'bewaardMet' met regels).");
            }
        }
        List<Registerrol> rollen = rollen(beleid, realm, v, gaten);
        if (gaten.size() > voor) {
            return Optional.empty();
        }
        List<Verantwoordelijke> verantwoordelijken = typen.stream().map(type -> new Verantwoordelijke(type,
                realm.organisaties().entrySet().stream().filter(o -> typeVan.apply(o.getKey()).filter(type::equals).isPresent())
                        .map(o -> new Organisatie(o.getKey(), o.getValue())).toList())).toList();
        List<Ontvanger> ontvangers = deelnemers.stream().map(type -> new Ontvanger(type, beleid.toegestaan(doel, type))).toList();
        return Optional.of(new Registerverwerking(doel, v.omschrijving(), beleid.grondslag(doel), verantwoordelijken,
                categorieen, v.betrokkenen(), ontvangers, rollen, bewaartermijnen, eigen.isEmpty() ? v.bewaardMet() : Optional.empty()));
    }

    private static List<Bewaarregel> regels(Bewaartermijnen termijnen, Doel doel) {
        List<Bewaarregel> regels = new ArrayList<>(termijnen.regels().stream().filter(r -> r.doel() == doel).toList());
        if (termijnen.logboek().doel() == doel) {
            regels.add(termijnen.logboek());
        }
        return regels;
    }

    private static List<Registerrol> rollen(Toegangsbeleid beleid, Realm realm, Verwerking v, List<String> gaten) {
        Set<Rol> rollen = EnumSet.noneOf(Rol.class);
        beleid.handelingen().stream().filter(v::omvat).forEach(h -> rollen.addAll(beleid.regel(h).orElseThrow().rollen()));
        List<Registerrol> uit = new ArrayList<>();
        for (Rol rol : rollen) {
            String omschrijving = realm.rollen().get(rol.claim());
            if (omschrijving == null) {
                gaten.add(v.doel() + ": rol '" + rol.claim() + "' staat in het toegangsbeleid maar niet in de realm.");
            } else {
                uit.add(new Registerrol(rol.claim(), omschrijving));
            }
        }
        uit.sort(Comparator.comparing(Registerrol::code));
        return uit;
    }
}
