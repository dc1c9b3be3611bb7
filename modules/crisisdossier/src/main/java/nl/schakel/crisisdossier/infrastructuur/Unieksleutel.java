package nl.schakel.crisisdossier.infrastructuur;

/** Recognises PostgreSQL's unique_violation, the one database refusal that means "somebody was first". */
final class Unieksleutel {

    private Unieksleutel() {}

    /** PostgreSQL's unique_violation (23505) somewhere in the cause chain. */
    static boolean geschonden(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
