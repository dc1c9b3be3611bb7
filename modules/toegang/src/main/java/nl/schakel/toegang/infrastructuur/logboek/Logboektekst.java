package nl.schakel.toegang.infrastructuur.logboek;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.schakel.toegang.domein.logboek.Logboekregel;

/**
 * The two texts a logboek row is protected by, built in Java from the row's columns (so the check never trusts a
 * function the database could have replaced):
 * <ul>
 * <li>{@link #keten}: the text the chain hash is taken over, exactly what SQL {@code logboek.inhoud(r)} makes (V1;
 *     the chain of V1 rows carries on unchanged). The database's update trigger recomputes it as a second check.</li>
 * <li>{@link #zegel}: the text the application seals at insert time: every content field with its length, so no
 *     character can move from one field to the next unnoticed.</li>
 * </ul>
 */
public final class Logboektekst {

    public static final String NULHASH = "0".repeat(64);

    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String LEEG = "∅";

    private Logboektekst() {}

    /** PostgreSQL keeps microseconds; a row's time is cut to them before it is written and sealed. */
    public static Instant opMicroseconden(Instant tijdstip) {
        return tijdstip.truncatedTo(ChronoUnit.MICROS);
    }

    /** As SQL {@code logboek.inhoud(r)}: the previous hash, the volgnummer and every field, nulls made explicit. */
    public static String keten(String vorigeHash, long volgnummer, Logboekregel r) {
        return String.join("|", vorigeHash, Long.toString(volgnummer), r.id().toString(), TIJD.format(r.tijdstip()),
                of(r.gebruikerId()), of(r.gebruikerNaam()), of(r.namens()), of(r.organisatie()), of(r.rol()),
                of(r.handeling()), of(r.bronType()), of(r.bronId().map(UUID::toString)),
                r.betrokkenen().stream().map(UUID::toString).collect(Collectors.joining(",")),
                of(r.doel()), of(r.grondslag()), of(r.toegangReden()), Boolean.toString(r.noodtoegang()),
                r.uitkomst().name(), of(r.clientId()), of(r.bronAdres()), of(r.correlatieId()));
    }

    /** The chain hash of a row at place {@code volgnummer} after {@code vorigeHash}. */
    public static String hash(String vorigeHash, long volgnummer, Logboekregel r) {
        return sha256(keten(vorigeHash, volgnummer, r));
    }

    /** The sealed content: each field as {@code lengte:waarde;}, a missing one as {@code -;}. */
    public static String zegel(Logboekregel r) {
        StringBuilder sb = new StringBuilder(400).append("schakel-logboekregel-1;");
        veld(sb, r.id().toString());
        veld(sb, TIJD.format(r.tijdstip()));
        veld(sb, r.gebruikerId());
        veld(sb, r.gebruikerNaam());
        veld(sb, r.namens().orElse(null));
        veld(sb, r.organisatie().orElse(null));
        veld(sb, r.rol());
        veld(sb, r.handeling());
        veld(sb, r.bronType().orElse(null));
        veld(sb, r.bronId().map(UUID::toString).orElse(null));
        veld(sb, r.betrokkenen().stream().map(UUID::toString).collect(Collectors.joining(",")));
        veld(sb, r.doel().orElse(null));
        veld(sb, r.grondslag().orElse(null));
        veld(sb, r.toegangReden().orElse(null));
        veld(sb, Boolean.toString(r.noodtoegang()));
        veld(sb, r.uitkomst().name());
        veld(sb, r.clientId());
        veld(sb, r.bronAdres());
        veld(sb, r.correlatieId());
        return sb.toString();
    }

    /** The signed text of a checkpoint: the running hash at row {@code volgnummer}. */
    public static String anker(long volgnummer, String hash) {
        return "schakel-logboekanker-1;" + volgnummer + ";" + hash;
    }

    /** The text a cut's signature covers: the last volgnummer dropped, its hash, the last month dropped (YYYY-MM). */
    public static String snede(long totVolgnummer, String hash, YearMonth totMaand, long regels) {
        return "schakel-logboeksnede-1;" + totVolgnummer + ";" + hash + ";" + totMaand + ";" + regels;
    }

    public static String sha256(String tekst) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(tekst.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void veld(StringBuilder sb, String waarde) {
        if (waarde == null) {
            sb.append("-;");
        } else {
            sb.append(waarde.length()).append(':').append(waarde).append(';');
        }
    }

    private static String of(String waarde) {
        return waarde == null ? LEEG : waarde;
    }

    private static String of(Optional<String> waarde) {
        return waarde.orElse(LEEG);
    }
}
