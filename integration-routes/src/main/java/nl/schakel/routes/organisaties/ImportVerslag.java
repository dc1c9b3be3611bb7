package nl.schakel.routes.organisaties;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Wat er met één bestand gebeurde: tellingen en afgekeurde regels. Alleen codes en aantallen. */
public class ImportVerslag {

    private int regels;
    private int aangemaakt;
    private int bijgewerkt;
    private int ongewijzigd;
    private final List<Importfout> fouten = new ArrayList<>();

    void telRegel() {
        regels++;
    }

    void registreerAangemaakt() {
        aangemaakt++;
    }

    void registreerBijgewerkt() {
        bijgewerkt++;
    }

    void registreerOngewijzigd() {
        ongewijzigd++;
    }

    void registreerFout(Importfout fout) {
        fouten.add(fout);
    }

    public boolean heeftFouten() {
        return !fouten.isEmpty();
    }

    public List<Importfout> fouten() {
        return List.copyOf(fouten);
    }

    public int aangemaakt() {
        return aangemaakt;
    }

    public int bijgewerkt() {
        return bijgewerkt;
    }

    public int ongewijzigd() {
        return ongewijzigd;
    }

    public String samenvatting() {
        return regels + " regel(s): " + aangemaakt + " aangemaakt, " + bijgewerkt + " bijgewerkt, "
                + ongewijzigd + " ongewijzigd, " + fouten.size() + " afgekeurd";
    }

    /** Het foutenbestand: {@code regel;code;foutcode;reden}, UTF-8, gesorteerd op regelnummer. */
    public String foutenAlsCsv() {
        StringWriter uit = new StringWriter();
        CSVFormat formaat = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\n")
                .setHeader("regel", "code", "foutcode", "reden").get();
        try (CSVPrinter printer = new CSVPrinter(uit, formaat)) {
            for (Importfout f : fouten.stream().sorted(Comparator.comparingLong(Importfout::regel)).toList()) {
                printer.printRecord(f.regel(), f.code(), f.foutcode(), f.reden());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toString();
    }
}
