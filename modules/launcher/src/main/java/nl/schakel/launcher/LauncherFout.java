package nl.schakel.launcher;

/** Fout van de launcher, met een Nederlandse melding die de gebruiker zo kan lezen. */
public class LauncherFout extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LauncherFout(String melding) {
        super(melding);
    }

    public LauncherFout(String melding, Throwable oorzaak) {
        super(melding, oorzaak);
    }
}
