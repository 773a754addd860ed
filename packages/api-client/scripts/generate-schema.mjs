// Generates src/schema.ts (the API's paths, operations and component schemas as TypeScript types) from the
// committed OpenAPI document, docs/openapi.json. Run `pnpm --filter @zhicheng/api-client generate` after
// `pnpm --filter @zhicheng/api openapi:write`; test/schema-drift.test.ts fails while the two differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';

export const documentUrl = new URL('../../../docs/openapi.json', import.meta.url);
export const schemaUrl = new URL('../src/schema.ts', import.meta.url);

/** The text of src/schema.ts for a document (the parsed docs/openapi.json by default). */
export async function generateSchemaSource(document = JSON.parse(readFileSync(documentUrl, 'utf8'))) {
  const ast = await openapiTS(document, { silent: true, alphabetize: false });
  return `${COMMENT_HEADER.replace(' */', ' * Source: docs/openapi.json — regenerate with `pnpm --filter @zhicheng/api-client generate`.\n */')}${astToString(ast)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(schemaUrl, await generateSchemaSource());
  console.log(`wrote ${fileURLToPath(schemaUrl)}`);
}
