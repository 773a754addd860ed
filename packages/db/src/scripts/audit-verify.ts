// `pnpm audit:verify [--database-url postgres://…] [--data-dir ./data]`: walks the audit hash chain and
// exits 0 with the row count, or 1 naming the first broken row. Without a URL: DATABASE_URL, else the
// embedded PGlite database under DATA_DIR (default ./data), as the server would open it.
import { parseArgs } from 'node:util';
import { verifyAuditChain } from '../audit-chain.js';
import { createDb } from '../client.js';

const { values } = parseArgs({
  options: { 'database-url': { type: 'string' }, 'data-dir': { type: 'string' } },
});
const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;
const dataDir = values['data-dir'] ?? process.env.DATA_DIR ?? './data';
const db = await createDb({ databaseUrl, dataDir, timeouts: { queryMs: 0, statementMs: 0 } });
try {
  const report = await verifyAuditChain(db);
  if (report.ok) {
    console.log(`audit chain OK: ${report.count} events`);
  } else {
    console.error(`audit chain BROKEN (${report.count} events): ${report.reason}`);
    process.exitCode = 1;
  }
} finally {
  await db.close();
}
