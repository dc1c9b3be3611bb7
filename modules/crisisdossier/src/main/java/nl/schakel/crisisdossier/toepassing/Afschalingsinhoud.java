package nl.schakel.crisisdossier.toepassing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.schakel.crisisdossier.domein.Aantekening;
import nl.schakel.crisisdossier.domein.Aantekeningsoort;
import nl.schakel.crisisdossier.domein.Aantekeningstatus;
import nl.schakel.crisisdossier.domein.Crisisbetrokkene;
import nl.schakel.crisisdossier.domein.Crisisdossier;
import nl.schakel.crisisdossier.domein.Veiligheidsbijdrage;
import nl.schakel.overdracht.domein.inhoud.Aanleiding;
import nl.schakel.overdracht.domein.inhoud.Betrokkene;
import nl.schakel.overdracht.domein.inhoud.BetrokkeneRol;
import nl.schakel.overdracht.domein.inhoud.Identiteit;
import nl.schakel.overdracht.domein.inhoud.InhoudRegels;
import nl.schakel.overdracht.domein.inhoud.OverdrachtInhoud;
import nl.schakel.toegang.domein.Gegevenscategorie;

/**
 * What a crisis file carries into the concept overdracht when Veilig Thuis scales it down. Only what Veilig Thuis may
 * see itself goes in: the entries its grant shows (never another organisation's withheld category) and the identity of
 * the betrokkenen when its grant holds IDENTITEIT. Withdrawn entries stay behind; a corrected entry goes in as it reads
 * now. Each entry says who wrote it and when, because the procesregisseur reviews the package before it goes out.
 *
 * <p>Where each category lands, by the field groups of flow 1 (so a receiver's grant means the same thing): the joint
 * veiligheidsbeoordeling's agreements, risk and protective factors land in their namesakes, each with its organisation;
 * VEILIGHEID decisions become veiligheidsvoorwaarden too, the other VEILIGHEID entries risicofactoren; HULPVERLENING the current help,
 * GEZONDHEID the health field, JUSTITIEEL the justice field. IDENTITEIT and CONTACT entries are not fields of an
 * overdracht and stay in the crisis file (under Veilig Thuis's own grant when it wrote them).
 */
final class Afschalingsinhoud {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    private Afschalingsinhoud() {}

    /**
     * @param zichtbaar   the entries of the file that Veilig Thuis's grant shows
     * @param categorieen the categories of Veilig Thuis's grant on the file
     * @param naamVan     an organisation's name by its code, for the line that says who wrote an entry
     * @param veiligheid  the parts of the joint veiligheidsbeoordeling that Veilig Thuis's grant shows
     */
    static OverdrachtInhoud van(Crisisdossier dossier, List<Aantekening> zichtbaar, Set<Gegevenscategorie> categorieen,
            Function<String, String> naamVan, List<Veiligheidsbijdrage> veiligheid) {
        List<Aantekening> geldig = zichtbaar.stream()
                .filter(a -> a.status() == Aantekeningstatus.GELDIG)
                .sorted(Comparator.comparing(Aantekening::geschrevenOp))
                .toList();
        List<String> voorwaarden = new ArrayList<>();
        if (categorieen.contains(Gegevenscategorie.VEILIGHEID)) {
            voorwaarden.add(regel("Directe veiligheid bij de crisismelding: " + dossier.directeVeiligheid()));
        }
        List<String> risico = new ArrayList<>();
        List<String> beschermend = new ArrayList<>();
        // the joint plan's agreements first: they are what the partners agreed, the entries are how they got there
        for (Veiligheidsbijdrage bijdrage : veiligheid) {
            String van = naamVan.apply(bijdrage.organisatieCode()) + ": ";
            bijdrage.afspraken().forEach(a -> voorwaarden.add(regel(van + a)));
            bijdrage.risicofactoren().forEach(r -> risico.add(regel(van + r)));
            bijdrage.beschermendeFactoren().forEach(b -> beschermend.add(regel(van + b)));
        }
        voorwaarden.addAll(regels(geldig, Gegevenscategorie.VEILIGHEID, true, naamVan));
        risico.addAll(regels(geldig, Gegevenscategorie.VEILIGHEID, false, naamVan));
        LocalDate gemeld = dossier.gestartOp().atZone(NEDERLAND).toLocalDate();
        return new OverdrachtInhoud(
                categorieen.contains(Gegevenscategorie.VEILIGHEID)
                        ? new Aanleiding(tekst(List.of("Crisis: " + dossier.watIsErGebeurd())), gemeld) : null,
                null, null,
                betrokkenen(dossier, categorieen.contains(Gegevenscategorie.IDENTITEIT)),
                lijst(voorwaarden), lijst(risico), lijst(beschermend), null, null,
                tekstVan(geldig, Gegevenscategorie.HULPVERLENING, naamVan),
                null, null,
                tekstVan(geldig, Gegevenscategorie.JUSTITIEEL, naamVan),
                tekstVan(geldig, Gegevenscategorie.GEZONDHEID, naamVan));
    }

    private static List<Betrokkene> betrokkenen(Crisisdossier dossier, boolean metIdentiteit) {
        List<Betrokkene> uit = new ArrayList<>();
        for (Crisisbetrokkene persoon : dossier.betrokkenen()) {
            Identiteit identiteit = metIdentiteit
                    ? new Identiteit(persoon.voornaam(), persoon.achternaam(), persoon.geboortedatum().orElse(null), null, null)
                    : null;
            // the platform's own id travels: the concept keeps it, so the person is one person across both flows
            uit.add(new Betrokkene(persoon.id(), rol(persoon), identiteit, null, null, null));
        }
        return uit.isEmpty() ? null : uit;
    }

    private static BetrokkeneRol rol(Crisisbetrokkene persoon) {
        return switch (persoon.rol()) {
            case KIND -> BetrokkeneRol.KIND;
            case OUDER -> BetrokkeneRol.OUDER;
            case SLACHTOFFER -> BetrokkeneRol.SLACHTOFFER;
            case PLEGER -> BetrokkeneRol.VERMOEDELIJKE_PLEGER;
            case VERZORGER, ANDER -> BetrokkeneRol.OVERIG;
        };
    }

    private static List<String> regels(List<Aantekening> geldig, Gegevenscategorie categorie, boolean besluiten,
            Function<String, String> naamVan) {
        return geldig.stream()
                .filter(a -> a.categorie() == categorie && (a.soort() == Aantekeningsoort.BESLUIT) == besluiten)
                .map(a -> regel(kop(a, naamVan) + a.tekst()))
                .toList();
    }

    private static String tekstVan(List<Aantekening> geldig, Gegevenscategorie categorie, Function<String, String> naamVan) {
        List<String> delen = geldig.stream().filter(a -> a.categorie() == categorie).map(a -> kop(a, naamVan) + a.tekst()).toList();
        return delen.isEmpty() ? null : tekst(delen);
    }

    private static String kop(Aantekening aantekening, Function<String, String> naamVan) {
        return naamVan.apply(aantekening.organisatieCode()) + ", " + aantekening.soort().name().toLowerCase()
                + " van " + DATUM.format(aantekening.geschrevenOp().atZone(NEDERLAND)) + ": ";
    }

    /**
     * The parts one after the other, within the overdracht's longest text: what no longer fits is named, not cut off
     * mid-sentence, so the procesregisseur knows to look in the crisis file.
     */
    static String tekst(List<String> delen) {
        StringBuilder uit = new StringBuilder();
        for (int i = 0; i < delen.size(); i++) {
            boolean laatste = i == delen.size() - 1;
            int ruimte = InhoudRegels.LANGE_TEKST - (laatste ? 0 : rest(delen.size() - i).length());
            String deel = (uit.isEmpty() ? "" : "\n\n") + delen.get(i);
            if (uit.length() + deel.length() > ruimte) {
                return uit.isEmpty() ? afgekapt(deel, ruimte) + (laatste ? "" : rest(delen.size() - i - 1)) : uit + rest(delen.size() - i);
            }
            uit.append(deel);
        }
        return uit.toString();
    }

    private static String rest(int aantal) {
        return "\n\n(" + aantal + (aantal == 1 ? " aantekening" : " aantekeningen")
                + " meer in het crisisdossier: te lang voor de overdracht.)";
    }

    private static String regel(String tekst) {
        return afgekapt(tekst, InhoudRegels.REGEL);
    }

    private static List<String> lijst(List<String> regels) {
        return regels.isEmpty() ? null : regels.subList(0, Math.min(regels.size(), InhoudRegels.MAXIMAAL_AANTAL));
    }

    private static String afgekapt(String tekst, int maximum) {
        return tekst.length() <= maximum ? tekst : tekst.substring(0, maximum - 1) + "…";
    }
}
