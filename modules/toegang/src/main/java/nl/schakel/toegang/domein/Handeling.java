package nl.schakel.toegang.domein;

import java.util.Optional;

/**
 * An action a context offers, by the name the policy ({@code toegangsbeleid.json}) gives its rule, such as
 * {@code overdracht.accepteren}. Each context declares its actions as an enum implementing this, so that a
 * name is written once; the platform checks at deployment that code and policy name the same actions
 * ({@link Toegangsdeclaratie}).
 */
public interface Handeling {

    /** The policy's key for this action. */
    String naam();

    /** The resource type the action works on; empty for an action on no single resource (a search, the logboek). */
    Optional<Brontype> brontype();
}
