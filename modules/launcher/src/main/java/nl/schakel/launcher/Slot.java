package nl.schakel.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Voorkomt dat twee launchers tegelijk dezelfde home starten of stoppen ({@code <home>/run/launcher.lock}). */
final class Slot implements AutoCloseable {
    private final FileChannel kanaal;
    private final FileLock lock;

    private Slot(FileChannel kanaal, FileLock lock) {
        this.kanaal = kanaal;
        this.lock = lock;
    }

    static Slot neem(Path runDir) {
        try {
            Files.createDirectories(runDir);
            FileChannel kanaal = FileChannel.open(runDir.resolve("launcher.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = kanaal.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                kanaal.close();
                throw new AlGestartFout("Er is al een launcher bezig met " + runDir.getParent()
                        + " (starten of stoppen). Er is niets gedaan; probeer het zo opnieuw.");
            }
            return new Slot(kanaal, lock);
        } catch (IOException e) {
            throw new LauncherFout("Kan " + runDir.resolve("launcher.lock") + " niet openen: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            kanaal.close();
        } catch (IOException e) {
            // niets aan te doen
        }
    }
}
