// Regenerates docs/openapi.json from the code (run: pnpm --filter @zhicheng/api openapi:write), then the
// typed client's schema from it (packages/api-client/src/schema.ts), so the two drift tests stay green.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '@zhicheng/db';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { openapiDocumentText } from '../src/openapi-document.js';
import { createLocalStorage } from '../src/storage/local-storage.js';

const target = new URL('../../../docs/openapi.json', import.meta.url);
const database = await createDb();
const app = await buildApp({
  config: testConfig(),
  db: database.db,
  pingDatabase: async () => true,
  storage: createLocalStorage(join(tmpdir(), 'zc-objects')),
  logger: false,
});
await app.ready();
writeFileSync(target, openapiDocumentText(app));
await app.close();
await database.close();
console.log(`wrote ${target.pathname}`);

const client = new URL('../../../packages/api-client/scripts/generate-schema.mjs', import.meta.url);
const { generateSchemaSource, schemaUrl } = await import(client.href);
writeFileSync(schemaUrl, await generateSchemaSource());
console.log(`wrote ${(schemaUrl as URL).pathname}`);
