import pg from 'pg';

/** A statement the app sent to PostgreSQL, as node-postgres received it. */
export interface CapturedQuery {
  text: string;
  values: unknown[];
}

/**
 * Records every statement node-postgres sends while `work` runs (the pool's clients are `pg.Client`s),
 * so tests can count queries per request (N+1) and EXPLAIN exactly what the app asked.
 */
export async function captureQueries<T>(
  work: () => Promise<T>,
): Promise<{ result: T; queries: CapturedQuery[] }> {
  const queries: CapturedQuery[] = [];
  const original = pg.Client.prototype.query;
  // biome-ignore lint/suspicious/noExplicitAny: node-postgres's query has a dozen overloads.
  pg.Client.prototype.query = function (this: pg.Client, ...args: any[]) {
    const [config, values] = args;
    if (typeof config === 'string')
      queries.push({ text: config, values: Array.isArray(values) ? values : [] });
    else if (config && typeof config.text === 'string')
      queries.push({ text: config.text, values: config.values ?? (Array.isArray(values) ? values : []) });
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
