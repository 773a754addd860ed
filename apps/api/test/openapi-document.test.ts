import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSchemaValidator, type OpenApiDocument } from './response-contract.js';

/**
 * What integrators rely on in the committed docs/openapi.json (openapi.test.ts holds it equal to the
 * code): every operation lists its error responses, every JSON response has a schema, errors are
 * problem+json, and the main schemas carry examples that are valid against them.
 */
const documentText = readFileSync(new URL('../../../docs/openapi.json', import.meta.url), 'utf8');
const document = JSON.parse(documentText) as OpenApiDocument & {
  paths: Record<
    string,
    Record<string, { responses?: Record<string, { content?: Record<string, unknown> }> }>
  >;
};
const ignoreFile = readFileSync(new URL('../../../.redocly.lint-ignore.yaml', import.meta.url), 'utf8');
const guide = readFileSync(new URL('../../../docs/api.md', import.meta.url), 'utf8');

const verbs = ['get', 'put', 'post', 'delete', 'patch'];
const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => verbs.includes(method))
    .map(([method, operation]) => ({ path, method, responses: operation.responses ?? {} })),
);
const pointer = (path: string, method: string) =>
  `#/paths/${path.replaceAll('~', '~0').replaceAll('/', '~1')}/${method}/responses`;

/** The operations .redocly.lint-ignore.yaml excuses from `operation-4xx-response`, each with its reason there. */
function excusedFromClientErrors(): string[] {
  const section = /operation-4xx-response:\n((?:\s+- .+\n)+)/.exec(ignoreFile)?.[1] ?? '';
  return [...section.matchAll(/- "([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** The schemas integrators meet first; each has examples (packages/contracts/src/openapi-examples.ts). */
const exampleSchemas = [
  'Application',
  'ApplicationList',
  'ApplicationListItem',
  'TransitionRequestInput',
  'Problem',
  'ApiKeyCreateInput',
  'ApiKeyCreated',
  'WebhookCreateInput',
  'WebhookCreated',
  'WebhookEnvelope',
  'ApplicantImportReport',
  'Notification',
];

describe('docs/openapi.json for integrators', () => {
  it('has operations to check', () => {
    expect(operations.length).toBeGreaterThan(80);
  });

  it('lists at least one client error (4xx) for every operation, but the few excused with a reason', () => {
    const excused = excusedFromClientErrors();
    expect(excused.length).toBeGreaterThan(0);
    const without = operations
      .filter((op) => !Object.keys(op.responses).some((status) => status.startsWith('4')))
      .map((op) => pointer(op.path, op.method));
    // An excuse for an operation that now lists a 4xx (or no longer exists) is stale: drop it.
    expect(without.sort()).toEqual([...excused].sort());
  });

  it('gives every JSON response a schema', () => {
    const missing = operations.flatMap((op) =>
      Object.entries(op.responses).flatMap(([status, response]) =>
        Object.entries(response.content ?? {})
          .filter(([media, body]) => /json/.test(media) && !(body as { schema?: unknown }).schema)
          .map(([media]) => `${op.method.toUpperCase()} ${op.path} ${status} ${media}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('documents every error response with a Problem body as application/problem+json', () => {
    const wrong = operations.flatMap((op) =>
      Object.entries(op.responses)
        .filter(([status]) => Number(status) >= 400)
        .flatMap(([status, response]) =>
          Object.entries(response.content ?? {})
            .filter(([media, body]) => {
              const ref = (body as { schema?: { $ref?: string } }).schema?.$ref;
              return ref === '#/components/schemas/Problem' && media !== 'application/problem+json';
            })
            .map(([media]) => `${op.method.toUpperCase()} ${op.path} ${status} ${media}`),
        ),
    );
    expect(wrong).toEqual([]);
  });

  it.each(exampleSchemas)('%s has examples, each valid against its schema', (name) => {
    const schema = document.components?.schemas?.[name] as { examples?: unknown[] } | undefined;
    expect(schema, `components.schemas.${name}`).toBeDefined();
    expect(schema?.examples?.length ?? 0).toBeGreaterThan(0);
    const validator = createSchemaValidator(document);
    const validate = validator.compile(name, { $ref: `#/components/schemas/${name}` });
    for (const example of schema?.examples ?? []) {
      expect(validate(example), validator.describe(validate.errors)).toBe(true);
    }
  });

  it('has every endpoint docs/api.md names, with its method', () => {
    const templates = Object.keys(document.paths).map((path) => ({
      path,
      pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    }));
    const named = new Set<string>();
    // `GET|POST /webhooks`, `POST /api/v1/unit/applicants/import`, … (paths without /api/v1 are under it).
    for (const m of guide.matchAll(
      /\b((?:GET|POST|PUT|PATCH|DELETE)(?:\|(?:GET|POST|PUT|PATCH|DELETE))*) (\/[\w.{}/-]*)/g,
    )) {
      for (const method of (m[1] ?? '').split('|')) named.add(`${method} ${m[2]}`);
    }
    // curl commands (continuation lines joined): `-X POST "$ZC/api/v1/…"`; without -X, -F or -d mean POST
    // unless -G makes them a query.
    for (const command of guide
      .replaceAll('\\\n', ' ')
      .split('\n')
      .filter((l) => /curl .*"\$ZC\//.test(l))) {
      const url = /"\$ZC(\/[^"?]*)/.exec(command)?.[1] ?? '';
      const implied = / -(F|d) /.test(command) && !/ -G /.test(command) ? 'POST' : 'GET';
      named.add(`${/-X (\w+)/.exec(command)?.[1] ?? implied} ${url}`);
    }
    named.delete('GET /api/openapi.json'); // the document itself, served outside it
    expect(named.size).toBeGreaterThan(30);
    const missing = [...named].filter((entry) => {
      const [method = '', rawPath = ''] = entry.split(' ');
      const path = /^\/(api\/|healthz|readyz)/.test(rawPath) ? rawPath : `/api/v1${rawPath}`;
      const concrete = path.replace(/\$\w+/g, 'x').replace(/\/$/, '');
      // A static path wins over a template (`/applications/batch-transitions` before `/applications/{id}`).
      const candidates = templates.filter((t) => t.path === concrete || t.pattern.test(concrete));
      const found = candidates.find((t) => t.path === concrete) ?? candidates[0];
      return !found || !document.paths[found.path]?.[method.toLowerCase()];
    });
    expect(missing).toEqual([]);
  });
});
