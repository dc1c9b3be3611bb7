/**
 * Betrokkenen with one identity across flows: the person registry's domain. Every person gets a stable platform id
 * (uuid); a person with a BSN is recognised in every flow by a keyed hash of it ({@link
 * nl.schakel.toegang.domein.betrokkene.Bsnkenmerk}), so the logboek can answer "who saw anything about this person".
 * The registry itself is {@code toegang.toepassing.Betrokkenenregister}; see {@code docs/toegangsbeleid.md}.
 */
package nl.schakel.toegang.domein.betrokkene;
