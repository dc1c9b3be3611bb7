package nl.schakel.demopartner;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;

/**
 * Een bestand waar alleen aan wordt toegevoegd: één JSON-object per regel, na elke regel naar schijf gedwongen, zodat
 * de geschiedenis een herstart (ook kill -9) overleeft. Een halve laatste regel van een afgebroken schrijfactie wordt
 * bij het inlezen overgeslagen.
 */
final class Dagboek<T> {

    private final Path bestand;
    private final Function<JsonObject, T> lezer;
    private final Function<T, JsonObject> schrijver;
    private final List<T> regels = new ArrayList<>();

    Dagboek(Path bestand, Function<JsonObject, T> lezer, Function<T, JsonObject> schrijver) {
        this.bestand = bestand;
        this.lezer = lezer;
        this.schrijver = schrijver;
        laad();
    }

    private void laad() {
        if (!Files.isRegularFile(bestand)) {
            return;
        }
        try {
            for (String regel : Files.readAllLines(bestand, StandardCharsets.UTF_8)) {
                if (regel.isBlank()) {
                    continue;
                }
                try (JsonReader r = Json.createReader(new StringReader(regel))) {
                    regels.add(lezer.apply(r.readObject()));
                } catch (JsonParsingException e) {
                    // een afgebroken laatste regel: overslaan, de rest blijft geldig
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kan " + bestand + " niet lezen", e);
        }
    }

    synchronized void voegToe(T regel) {
        try {
            Files.createDirectories(bestand.getParent());
            try (BufferedWriter w = Files.newBufferedWriter(bestand, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.DSYNC)) {
                w.write(schrijver.apply(regel).toString());
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kan niet schrijven in " + bestand, e);
        }
        regels.add(regel);
    }

    synchronized List<T> regels() {
        return List.copyOf(regels);
    }
}
