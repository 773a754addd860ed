import pg from 'pg';

/** A statement the app sent to PostgreSQL, as node-postgres received it. */
export interface CapturedQuery {
  text: string;
  values: unknown[];
}

/** The job queue's own polling (pg-boss's schema), which runs whatever a test is doing. */
const backgroundStatement = /\bpgboss\./;

/**
 * Records the statements sent to PostgreSQL while `work` runs (PostgreSQL only: PGlite has no wire
 * protocol), so tests can count queries per request (N+1) and EXPLAIN exactly what the app asked. The
 * job queue's polling is left out. Not per async context: node-postgres's pool runs a query in the
 * context of whichever request freed or opened the connection, so run one request at a time.
 */
export async function captureQueries<T>(
  work: () => Promise<T>,
): Promise<{ result: T; queries: CapturedQuery[] }> {
  const queries: CapturedQuery[] = [];
  const original = pg.Client.prototype.query;
  // biome-ignore lint/suspicious/noExplicitAny: node-postgres's query has a dozen overloads.
  pg.Client.prototype.query = function (this: pg.Client, ...args: any[]) {
    const [config, values] = args;
    const text: unknown = typeof config === 'string' ? config : config?.text;
    if (typeof text === 'string' && !backgroundStatement.test(text)) {
      const given = typeof config === 'string' ? values : (config.values ?? values);
      queries.push({ text, values: Array.isArray(given) ? given : [] });
    }
    // biome-ignore lint/suspicious/noExplicitAny: see above.
    return (original as any).apply(this, args);
  } as typeof original;
  try {
    const result = await work();
    return { result, queries };
  } finally {
    pg.Client.prototype.query = original;
  }
}
