package nl.schakel.crisisdossier.toepassing;

import nl.schakel.crisisdossier.domein.Livegebeurtenis;

/** One open screen's end of a live stream, as the web layer offers it (server-sent events there). */
public interface Ontvanger {

    /** Sends the event; false when the screen has gone (the stream then forgets it). */
    boolean stuur(Livegebeurtenis gebeurtenis);

    /** Tells a screen that opened without a last event id where the stream stands: it loads the file once, then follows. */
    boolean stuurStand(long volgnummer);

    /** A comment line that keeps proxies from closing an idle stream; false when the screen has gone. */
    boolean ping();

    void sluit();
}
