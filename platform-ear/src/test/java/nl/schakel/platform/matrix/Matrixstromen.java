package nl.schakel.platform.matrix;

import java.util.List;

/** The flows the access matrix covers. A new flow adds its declaration here and gets its cells, on the platform and in-process. */
final class Matrixstromen {

    static final List<Matrixdeclaratie> ALLE = List.of(new OverdrachtMatrix(), new CasusoverlegMatrix(),
            new CrisisdossierMatrix());

    private Matrixstromen() {}
}
