package nl.schakel.web.overdracht;

import java.util.List;
import nl.schakel.toegang.domein.Gegevenscategorie;

/** The body of {@code POST /overdrachten/{id}/verzending}: to whom, and which categories the receiver may see. */
public record VerzendingJson(String ontvangendeOrganisatie, List<Gegevenscategorie> categorieen, String redenAfgeschermdAdres) {}
