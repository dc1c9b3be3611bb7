package nl.schakel.launcher;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;

/** Wie draait de launcher, en hoe laten we PostgreSQL als gewone gebruiker draaien als we root zijn. */
final class Gebruiker {
    private Gebruiker() {
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static String uid(String gebruiker) {
        return id("-u", gebruiker);
    }

    static String gid(String gebruiker) {
        return id("-g", gebruiker);
    }

    private static String id(String optie, String gebruiker) {
        try {
            Process p = new ProcessBuilder("id", optie, gebruiker).redirectErrorStream(true).start();
            String uit = new String(p.getInputStream().readAllBytes()).trim();
            if (p.waitFor() != 0) {
                throw new LauncherFout("Gebruiker " + gebruiker + " bestaat niet (instelling postgres.os-user): " + uit);
            }
            return uit;
        } catch (IOException e) {
            throw new LauncherFout("Kan 'id " + optie + " " + gebruiker + "' niet uitvoeren: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherFout("Onderbroken");
        }
    }

    static void geefAan(Path pad, String gebruiker) throws IOException {
        UserPrincipal u = FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(gebruiker);
        GroupPrincipal g = FileSystems.getDefault().getUserPrincipalLookupService()
                .lookupPrincipalByGroupName(gid(gebruiker));
        PosixFileAttributeView view = Files.getFileAttributeView(pad, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        view.setOwner(u);
        try {
            view.setGroup(g);
        } catch (IOException e) {
            // groep is niet nodig
        }
    }

    /** Als root: elke map boven home moet voor 'anderen' doorloopbaar zijn, anders kan PostgreSQL er niet bij. */
    static void controleerBereikbaar(Path home, String gebruikerInstelling) {
        Path p = home.toAbsolutePath().normalize();
        Path dicht = null;
        for (Path q = p; q != null; q = q.getParent()) {
            if (Files.exists(q)) {
                try {
                    if (!Files.getPosixFilePermissions(q).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                        dicht = q;
                    }
                } catch (IOException e) {
                    dicht = q;
                }
            }
        }
        if (dicht != null) {
            throw new LauncherFout("PostgreSQL weigert als root te draaien en draait daarom als " + gebruikerInstelling
                    + ", maar die kan niet bij " + home + " omdat " + dicht + " niet doorloopbaar is (chmod o+x). "
                    + "Kies een andere home (instelling home, bijvoorbeeld /var/tmp/schakel) of start als gewone gebruiker.");
        }
    }
}
