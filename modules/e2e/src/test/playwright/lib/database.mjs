// The stack's own PostgreSQL, for the few steps where a browser test controls the server's clock by moving a stored
// moment (as the Arquillian tests do): the JUnit runner passes this stack's database in SCHAKEL_DB_*. A run by hand
// against a stack without them gets null and the test says what it asserts instead.
import pg from 'pg';

export function database() {
  if (!process.env.SCHAKEL_DB_HOST) return null;
  return {
    async voerUit(sql, parameters) {
      const client = new pg.Client({
        host: process.env.SCHAKEL_DB_HOST,
        port: Number(process.env.SCHAKEL_DB_PORT),
        database: process.env.SCHAKEL_DB_NAAM,
        user: process.env.SCHAKEL_DB_GEBRUIKER,
        password: process.env.SCHAKEL_DB_WACHTWOORD,
      });
      await client.connect();
      try {
        return await client.query(sql, parameters);
      } finally {
        await client.end();
      }
    },
  };
}
