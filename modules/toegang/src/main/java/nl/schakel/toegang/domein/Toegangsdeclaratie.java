package nl.schakel.toegang.domein;

import java.util.Set;

/**
 * What a context tells access about itself: the resource types it owns and the actions it offers. Every
 * declaration is a CDI bean; at deployment the platform checks in both directions that these actions and the
 * policy's rules agree, and refuses to start when they do not.
 */
public interface Toegangsdeclaratie {

    /** The context's name, for messages: {@code overdracht}. */
    String context();

    Set<Brontype> brontypen();

    Set<? extends Handeling> handelingen();
}
