import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSchemaSource, schemaUrl } from '../scripts/generate-schema.mjs';

describe('the generated schema', () => {
  it('matches docs/openapi.json (run `pnpm --filter @zhicheng/api-client generate` after openapi:write)', async () => {
    const committed = readFileSync(schemaUrl, 'utf8');
    // A full-text comparison: any path, parameter, body or response change in the document shows here.
    expect(committed === (await generateSchemaSource())).toBe(true);
  });

  it('changes when the document changes (the comparison can fail)', async () => {
    const document = JSON.parse(readFileSync(new URL('../../../docs/openapi.json', import.meta.url), 'utf8'));
    document.paths['/api/v1/drift-probe'] = {
      get: { operationId: 'getDriftProbe', responses: { 204: { description: 'No content' } } },
    };
    const changed = await generateSchemaSource(document);
    expect(changed).toContain('"/api/v1/drift-probe"');
    expect(changed).not.toBe(readFileSync(schemaUrl, 'utf8'));
  });
});
