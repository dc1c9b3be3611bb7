package nl.schakel.crisisdossier.domein;

/** Where a DMFI review moment stands: planned, then held or cancelled (both final). */
public enum Evaluatiemomentstatus {
    GEPLAND, GEHOUDEN, VERVALLEN
}
