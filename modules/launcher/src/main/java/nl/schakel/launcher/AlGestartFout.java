package nl.schakel.launcher;

/** Een tweede start terwijl Schakel voor deze home al draait: er is niets gestart en niets gestopt. */
public final class AlGestartFout extends LauncherFout {
    private static final long serialVersionUID = 1L;

    public AlGestartFout(String melding) {
        super(melding);
    }
}
