package nl.schakel.demopartner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/**
 * Wat de demopartner ontving: als Nederlandse HTML-pagina op {@code /} voor een nieuwe gebruiker, en als JSON op
 * {@code /api/ontvangen} voor de tests. Nieuwste eerst op de pagina; in de JSON in volgorde van ontvangst.
 */
final class Overzicht {

    private final Dagboek<Melding> meldingen;
    private final Dagboek<Mail> mails;

    Overzicht(Dagboek<Melding> meldingen, Dagboek<Mail> mails) {
        this.meldingen = meldingen;
        this.mails = mails;
    }

    void json(HttpExchange ex) throws IOException {
        try (ex) {
            if (!"GET".equals(ex.getRequestMethod())) {
                ex.getResponseHeaders().set("Allow", "GET");
                ex.sendResponseHeaders(405, -1);
                return;
            }
            List<Melding> ms = meldingen.regels();
            JsonArrayBuilder mj = Json.createArrayBuilder();
            ms.forEach(m -> mj.add(m.json()));
            JsonArrayBuilder pj = Json.createArrayBuilder();
            mails.regels().forEach(m -> pj.add(m.json()));
            String body = Json.createObjectBuilder()
                    .add("aangenomen", tel(ms, Melding.NIEUW))
                    .add("dubbel", tel(ms, Melding.DUBBEL))
                    .add("geweigerd", tel(ms, Melding.GEWEIGERD))
                    .add("meldingen", mj)
                    .add("mails", pj)
                    .build().toString();
            stuur(ex, "application/json", body);
        }
    }

    void pagina(HttpExchange ex) throws IOException {
        try (ex) {
            if (!"/".equals(ex.getRequestURI().getPath())) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            if (!"GET".equals(ex.getRequestMethod())) {
                ex.getResponseHeaders().set("Allow", "GET");
                ex.sendResponseHeaders(405, -1);
                return;
            }
            stuur(ex, "text/html", html());
        }
    }

    String html() {
        List<Melding> ms = meldingen.regels();
        StringBuilder sb = new StringBuilder();
        sb.append("""
                <!doctype html>
                <html lang="nl">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Demopartner – wat Schakel bezorgde</title>
                <style>
                  body { font-family: system-ui, sans-serif; margin: 2rem; color: #1a1a1a; line-height: 1.5; max-width: 90rem; }
                  h1, h2 { color: #00689e; }
                  table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; }
                  caption { text-align: left; font-weight: bold; padding: .5rem 0; }
                  th, td { border: 1px solid #8c8c8c; padding: .4rem .6rem; text-align: left; vertical-align: top; }
                  th { background: #e6f0f5; }
                  td.lang { overflow-wrap: anywhere; }
                  .nee { color: #a80000; font-weight: bold; }
                  pre { white-space: pre-wrap; margin: 0; font-family: inherit; }
                </style>
                </head>
                <body>
                <main>
                <h1>Demopartner: wat Schakel bezorgde</h1>
                <p>Deze pagina speelt het systeem van een wijkteam in de demo. Schakel stuurt bij elke verandering van een
                overdracht een <strong>datarme melding</strong> (een ondertekend CloudEvent: alleen id, soort, tijdstip en
                de link naar de overdracht) en een korte <strong>mail</strong> aan de functionele mailbox. Er staan geen
                namen, geen BSN en geen inhoud van de zaak in: het wijkteam haalt de overdracht zelf op in Schakel, met
                een eigen inlog, en dat wordt gelogd. Vernieuw de pagina om nieuwe meldingen te zien.</p>
                """);
        sb.append("<p>Aangenomen meldingen: <strong>").append(tel(ms, Melding.NIEUW))
                .append("</strong>; dubbel ontvangen (ontdubbeld op id): <strong>").append(tel(ms, Melding.DUBBEL))
                .append("</strong>; geweigerd: <strong>").append(tel(ms, Melding.GEWEIGERD))
                .append("</strong>; mails: <strong>").append(mails.regels().size()).append("</strong>.</p>\n");

        sb.append("<h2 id=\"meldingen\">Meldingen op de webhook</h2>\n");
        if (ms.isEmpty()) {
            sb.append("<p>Nog geen meldingen ontvangen.</p>\n");
        } else {
            sb.append("<table>\n<caption>Meldingen, nieuwste eerst</caption>\n<thead><tr>")
                    .append("<th scope=\"col\">Ontvangen</th><th scope=\"col\">Organisatie</th><th scope=\"col\">Soort</th>")
                    .append("<th scope=\"col\">Onderwerp (link naar de overdracht)</th><th scope=\"col\">Id</th>")
                    .append("<th scope=\"col\">Handtekening geldig</th><th scope=\"col\">Uitkomst</th></tr></thead>\n<tbody>\n");
            for (int i = ms.size() - 1; i >= 0; i--) {
                Melding m = ms.get(i);
                sb.append("<tr><td>").append(e(m.ontvangenOp())).append("</td><td>").append(e(m.organisatie()))
                        .append("</td><td class=\"lang\">").append(e(m.type())).append("</td><td class=\"lang\">")
                        .append(e(m.subject())).append("</td><td class=\"lang\">").append(e(m.id())).append("</td><td")
                        .append(m.handtekeningGeldig() ? ">ja" : " class=\"nee\">nee").append("</td><td>")
                        .append(e(uitkomst(m.uitkomst()))).append("</td></tr>\n");
            }
            sb.append("</tbody>\n</table>\n");
        }

        List<Mail> ps = mails.regels();
        sb.append("<h2 id=\"mails\">Mails in de functionele mailbox</h2>\n");
        if (ps.isEmpty()) {
            sb.append("<p>Nog geen mails ontvangen.</p>\n");
        } else {
            sb.append("<table>\n<caption>Mails, nieuwste eerst</caption>\n<thead><tr>")
                    .append("<th scope=\"col\">Ontvangen</th><th scope=\"col\">Aan</th><th scope=\"col\">Onderwerp</th>")
                    .append("<th scope=\"col\">Tekst</th></tr></thead>\n<tbody>\n");
            for (int i = ps.size() - 1; i >= 0; i--) {
                Mail m = ps.get(i);
                sb.append("<tr><td>").append(e(m.ontvangenOp())).append("</td><td class=\"lang\">").append(e(m.aan()))
                        .append("</td><td>").append(e(m.onderwerp())).append("</td><td><pre>").append(e(m.tekst()))
                        .append("</pre></td></tr>\n");
            }
            sb.append("</tbody>\n</table>\n");
        }
        sb.append("</main>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static String uitkomst(String u) {
        if (u == null) {
            return "";
        }
        return switch (u) {
            case Melding.NIEUW -> "aangenomen";
            case Melding.DUBBEL -> "al ontvangen (ontdubbeld)";
            case Melding.GEWEIGERD -> "geweigerd";
            default -> u;
        };
    }

    private static long tel(List<Melding> ms, String uitkomst) {
        return ms.stream().filter(m -> uitkomst.equals(m.uitkomst())).count();
    }

    private static String e(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static void stuur(HttpExchange ex, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, b.length);
        ex.getResponseBody().write(b);
    }
}
