package nl.schakel.web.crisisdossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.OptionalLong;
import nl.schakel.crisisdossier.toepassing.Abonnement;
import nl.schakel.crisisdossier.toepassing.Livestromen;
import nl.schakel.crisisdossier.toepassing.Livevolgen;
import nl.schakel.gedeeld.fout.OngeldigeParameter;
import nl.schakel.gedeeld.fout.ValidatieFout;
import nl.schakel.toegang.toepassing.HuidigeAanvrager;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The live stream of a crisis file (server-sent events): each co-owner's open screen hears, within a second, that an
 * entry, a task or the file changed — an id and a kind, only what its grants let it see — and fetches the content
 * through the normal API, where every read is decided and logged. Reconnecting with {@code Last-Event-ID} replays
 * everything after that number first.
 */
@Path("crisisdossiers/{dossier}/live")
@ApplicationScoped
public class LiveResource {

    @Inject
    HuidigeAanvrager aanvrager;

    @Inject
    Livevolgen volgen;

    @Inject
    Livestromen stromen;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Volg het crisisdossier live", description = "Server-sent events met alleen id's en soorten; "
            + "met Last-Event-ID eerst alles na dat nummer. Zonder Last-Event-ID eerst de gebeurtenis 'stand' met het huidige nummer.")
    public void volg(@PathParam("dossier") String dossier, @HeaderParam("Last-Event-ID") String laatstGezien, @Context SseEventSink sink,
            @Context Sse sse) {
        OptionalLong laatst = volgnummer(laatstGezien);
        Abonnement abonnement = volgen.abonneer(aanvrager.medewerker().orElseThrow(), CrisisdossierResource.uuid(dossier));
        SseOntvanger ontvanger = new SseOntvanger(sink, sse);
        // Jersey answers (status, headers, our response filters) at the stream's first write, on the writing thread, and
        // the filters need this request's scope. A new screen's first write ('stand') happens on this thread; a
        // reconnect's missed events are written by the screen's own sending task, which has none (a first write there
        // answered 500), so a reconnect first gets a comment line from here.
        if (laatst.isPresent() && !ontvanger.ping()) {
            return;
        }
        stromen.open(abonnement, laatst, ontvanger);
    }

    /** The last number a reconnecting screen saw; anything but a number of ours is the caller's error (400). */
    static OptionalLong volgnummer(String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            long getal = Long.parseLong(waarde.strip());
            if (getal >= 0) {
                return OptionalLong.of(getal);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ValidatieFout("API-002", "Last-Event-ID is geen volgnummer van deze stroom.",
                List.of(new OngeldigeParameter("Last-Event-ID", "Een geheel getal van 0 of meer, zoals de stroom het gaf.")));
    }
}
