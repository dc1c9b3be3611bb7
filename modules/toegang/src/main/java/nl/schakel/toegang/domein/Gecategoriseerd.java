package nl.schakel.toegang.domein;

/**
 * A piece of shared content that carries its own data category and the organisation that owns it: a field group of an
 * overdracht, a partner's contribution to an agenda item, an entry of a crisis file.
 */
public interface Gecategoriseerd {

    Gegevenscategorie categorie();

    /** The organisation that contributed it and stays its controller. */
    String eigenaar();

    /** Whether it holds data at all: an empty part is neither shown nor reported as withheld. */
    default boolean heeftGegevens() {
        return true;
    }
}
