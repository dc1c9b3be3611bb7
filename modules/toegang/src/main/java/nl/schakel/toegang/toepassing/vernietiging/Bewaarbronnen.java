package nl.schakel.toegang.toepassing.vernietiging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** Every flow's {@link Bewaarbron}, found by CDI: access knows no flow by name. */
@ApplicationScoped
public class Bewaarbronnen {

    @Inject
    @Any
    Instance<Bewaarbron> bronnen;

    public List<Bewaarbron> alle() {
        return StreamSupport.stream(bronnen.spliterator(), false).toList();
    }

    public Optional<Bewaarbron> voor(String brontype) {
        return alle().stream().filter(b -> b.brontype().equals(brontype)).findFirst();
    }
}
