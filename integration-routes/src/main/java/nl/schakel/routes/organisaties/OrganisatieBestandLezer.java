package nl.schakel.routes.organisaties;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Leest een partnerregister-bestand ({@code ;}-gescheiden, UTF-8, kopregel
 * {@code code;naam;type;gemeenten;bovenliggendeOrganisatie}) en keurt elke regel. Afgekeurde regels
 * komen met regelnummer en reden in het {@link ImportVerslag}; goedgekeurde komen terug, met
 * bovenliggende organisaties vóór hun onderdelen.
 */
public class OrganisatieBestandLezer {

    static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,32}");
    static final Pattern GEMEENTE = Pattern.compile("GM\\d{4}");
    static final int MAX_NAAM = 200;
    static final List<String> KOLOMMEN = List.of("code", "naam", "type", "gemeenten", "bovenliggendeOrganisatie");
    private static final CSVFormat FORMAAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';').setTrim(true).setIgnoreEmptyLines(false).get();

    public List<OrganisatieRegel> lees(byte[] inhoud, ImportVerslag verslag) {
        String tekst = new String(inhoud, StandardCharsets.UTF_8);
        if (tekst.startsWith("\uFEFF")) {
            tekst = tekst.substring(1);
        }
        List<OrganisatieRegel> goed = new ArrayList<>();
        Map<String, Long> gezien = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(tekst), FORMAAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                verslag.registreerFout(new Importfout(1, "", Importfout.VALIDATIE, "bestand is leeg: kopregel ontbreekt"));
                return goed;
            }
            Map<String, Integer> kolom = kolommen(records.next());
            if (kolom == null) {
                verslag.registreerFout(new Importfout(1, "", Importfout.VALIDATIE,
                        "kopregel klopt niet: verwacht " + String.join(";", KOLOMMEN)
                                + " (de laatste kolom mag ontbreken)"));
                return goed;
            }
            long regel = 1;
            try {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    regel = record.getRecordNumber();
                    if (isLeeg(record)) {
                        continue;
                    }
                    verslag.telRegel();
                    keur(record, kolom, gezien, verslag).ifPresent(goed::add);
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                verslag.registreerFout(new Importfout(regel + 1, "", Importfout.VALIDATIE,
                        "geen geldige CSV vanaf deze regel (aanhalingsteken niet gesloten?); rest van het bestand niet gelezen"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ouderVoorKind(goed);
    }

    private static Map<String, Integer> kolommen(CSVRecord kop) {
        Map<String, Integer> kolom = new HashMap<>();
        for (int i = 0; i < kop.size(); i++) {
            for (String naam : KOLOMMEN) {
                if (naam.toLowerCase(Locale.ROOT).equals(kop.get(i).toLowerCase(Locale.ROOT))) {
                    kolom.put(naam, i);
                }
            }
        }
        boolean compleet = KOLOMMEN.subList(0, 4).stream().allMatch(kolom::containsKey);
        return compleet ? kolom : null;
    }

    private static boolean isLeeg(CSVRecord record) {
        return record.stream().allMatch(String::isEmpty);
    }

    private static java.util.Optional<OrganisatieRegel> keur(CSVRecord record, Map<String, Integer> kolom,
            Map<String, Long> gezien, ImportVerslag verslag) {
        long regel = record.getRecordNumber();
        String code = waarde(record, kolom, "code");
        String naam = waarde(record, kolom, "naam");
        String type = waarde(record, kolom, "type");
        String gemeentenTekst = waarde(record, kolom, "gemeenten");
        String ouder = waarde(record, kolom, "bovenliggendeOrganisatie");

        List<String> redenen = new ArrayList<>();
        int verwacht = kolom.size();
        if (record.size() < 4 || record.size() > verwacht) {
            redenen.add("regel heeft " + record.size() + " kolom(men), verwacht " + (verwacht == 4 ? "4" : "4 of 5"));
        }
        if (code.isEmpty()) {
            redenen.add("code ontbreekt");
        } else if (!CODE.matcher(code).matches()) {
            redenen.add("code '" + code + "' is ongeldig: alleen hoofdletters, cijfers en '-', 2 tot 32 tekens");
        } else if (gezien.containsKey(code)) {
            redenen.add("code " + code + " staat al op regel " + gezien.get(code));
        }
        if (naam.isEmpty()) {
            redenen.add("naam ontbreekt");
        } else if (naam.length() > MAX_NAAM) {
            redenen.add("naam is langer dan " + MAX_NAAM + " tekens (" + naam.length() + ")");
        }
        if (type.isEmpty()) {
            redenen.add("type ontbreekt");
        } else if (!OrganisatieType.bestaat(type)) {
            redenen.add("onbekend organisatietype '" + type + "'");
        }
        Set<String> gemeenten = new LinkedHashSet<>();
        for (String g : gemeentenTekst.split(",")) {
            String gemeente = g.trim();
            if (gemeente.isEmpty()) {
                continue;
            }
            if (GEMEENTE.matcher(gemeente).matches()) {
                gemeenten.add(gemeente);
            } else {
                redenen.add("ongeldige gemeentecode '" + gemeente + "': verwacht GM en vier cijfers, zoals GM0599");
            }
        }
        if (!ouder.isEmpty() && !CODE.matcher(ouder).matches()) {
            redenen.add("bovenliggende organisatie '" + ouder + "' is geen geldige code");
        } else if (!ouder.isEmpty() && ouder.equals(code)) {
            redenen.add("een organisatie kan niet haar eigen bovenliggende organisatie zijn");
        }

        if (CODE.matcher(code).matches()) {
            gezien.putIfAbsent(code, regel);
        }
        if (!redenen.isEmpty()) {
            verslag.registreerFout(new Importfout(regel, code, Importfout.VALIDATIE, String.join("; ", redenen)));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new OrganisatieRegel(regel,
                new Organisatie(code, naam, type, List.copyOf(gemeenten), ouder)));
    }

    private static String waarde(CSVRecord record, Map<String, Integer> kolom, String naam) {
        Integer index = kolom.get(naam);
        return index == null || index >= record.size() ? "" : record.get(index);
    }

    /** Bovenliggende organisaties uit hetzelfde bestand eerst, zodat de API ze kent als het onderdeel komt. */
    static List<OrganisatieRegel> ouderVoorKind(List<OrganisatieRegel> regels) {
        Set<String> inBestand = new HashSet<>();
        regels.forEach(r -> inBestand.add(r.organisatie().code()));
        List<OrganisatieRegel> volgorde = new ArrayList<>();
        Set<String> geplaatst = new HashSet<>();
        List<OrganisatieRegel> rest = new ArrayList<>(regels);
        boolean voortgang = true;
        while (!rest.isEmpty() && voortgang) {
            voortgang = false;
            for (Iterator<OrganisatieRegel> it = rest.iterator(); it.hasNext();) {
                OrganisatieRegel r = it.next();
                String ouder = r.organisatie().bovenliggendeOrganisatie();
                if (ouder == null || !inBestand.contains(ouder) || geplaatst.contains(ouder)) {
                    volgorde.add(r);
                    geplaatst.add(r.organisatie().code());
                    it.remove();
                    voortgang = true;
                }
            }
        }
        volgorde.addAll(rest); // een kringverwijzing: de API beslist
        return volgorde;
    }
}
