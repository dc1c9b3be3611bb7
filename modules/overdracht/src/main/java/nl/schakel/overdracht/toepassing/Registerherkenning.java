package nl.schakel.overdracht.toepassing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.overdracht.domein.inhoud.Betrokkene;
import nl.schakel.overdracht.domein.inhoud.Betrokkenenherkenning;
import nl.schakel.toegang.domein.betrokkene.Herkenningsvraag;
import nl.schakel.toegang.domein.betrokkene.NaamEnGeboortedatum;
import nl.schakel.overdracht.domein.inhoud.Identiteit;
import nl.schakel.toegang.toepassing.Betrokkenenregister;

/**
 * Flow 1's betrokkenen get their ids from the platform's person registry, in the change's own transaction: one
 * person, one id, in every overdracht and every other flow, so the logboek rows (which carry these ids) can be asked
 * about that person.
 * <p>
 * An id in the content a client sends is never trusted as such. A betrokkene with a BSN gets the id of that BSN,
 * whatever id came with it. One without a BSN keeps the id it came with only when this overdracht already carried
 * that id (a concept being edited, the UI sends it back) and the registry knows it as a person without BSN; any other
 * id is ignored and the betrokkene registered as a new person. So no client can tie a betrokkene to a person it
 * learnt of elsewhere (another overdracht, a logboek extract), which would merge two people's access histories.
 * <p>
 * With a family name and a date of birth the registry also keeps their keyed hash with the person (never the name), so
 * that the bekendheidscheck finds this person by name and date as well as by BSN.
 */
@ApplicationScoped
public class Registerherkenning implements Betrokkenenherkenning {

    @Inject
    Betrokkenenregister register;

    protected Registerherkenning() {}

    public Registerherkenning(Betrokkenenregister register) {
        this.register = register;
    }

    @Override
    public List<UUID> platformIds(List<Betrokkene> betrokkenen, Set<UUID> gehouden) {
        if (betrokkenen.isEmpty()) {
            return List.of();
        }
        return register.herken(betrokkenen.stream().map(b -> vraag(b, gehouden)).toList());
    }

    private static Herkenningsvraag vraag(Betrokkene betrokkene, Set<UUID> gehouden) {
        return zonderNaam(betrokkene, gehouden).metNaam(naam(betrokkene.identiteit()));
    }

    private static Herkenningsvraag zonderNaam(Betrokkene betrokkene, Set<UUID> gehouden) {
        if (betrokkene.bsn() != null) {
            return Herkenningsvraag.metBsn(betrokkene.bsn());
        }
        UUID id = betrokkene.id();
        return Herkenningsvraag.zonderBsn(id != null && gehouden.contains(id) ? id : null);
    }

    private static NaamEnGeboortedatum naam(Identiteit identiteit) {
        if (identiteit == null || !NaamEnGeboortedatum.isBruikbaar(identiteit.achternaam(), identiteit.geboortedatum())) {
            return null;
        }
        return new NaamEnGeboortedatum(identiteit.achternaam(), identiteit.voornaam(), identiteit.geboortedatum());
    }
}
