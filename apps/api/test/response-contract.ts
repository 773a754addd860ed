import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

/**
 * The response contract of the integration tests: every response a test receives is checked against
 * the operation the OpenAPI document (`app.swagger()`, the same one written to docs/openapi.json)
 * gives for its method and path — the status is documented for that operation, the media type is one
 * the documented response lists (none for a response without content), and a JSON body is valid
 * against the documented schema (ajv, JSON Schema 2020-12 as OpenAPI 3.1 uses). A violation throws, so
 * the `inject` (or `fetch`) that received it rejects and the test fails, naming what differs.
 *
 * Requests the document has no operation for (unknown routes, hidden routes such as /api/docs) are not
 * checked, nor are the probe routes tests add under `/api/v1/test/`.
 */

interface MediaObject {
  schema?: unknown;
}
interface ResponseObject {
  content?: Record<string, MediaObject>;
}
interface OperationObject {
  operationId?: string;
  responses?: Record<string, ResponseObject>;
}
export interface OpenApiDocument {
  paths?: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, unknown> };
}

/** A response as the check sees it: raw text body, header values as Node gives them. */
export interface ObservedResponse {
  method: string;
  /** Path with or without query string. */
  url: string;
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
}

export interface ResponseContract {
  /** The violations of one response (empty when it conforms or when no operation describes it). */
  violations(response: ObservedResponse): string[];
  /** Throws an error listing the violations, if any. */
  assert(response: ObservedResponse): void;
  /** How many responses were checked against an operation (so a test can tell the check ran). */
  readonly checked: number;
}

const ignoredPathPrefixes = ['/api/v1/test/'];
const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

interface Route {
  method: string;
  path: string;
  pattern: RegExp;
  /** Segments that are literal: a static segment wins over a parameter, as in Fastify's router. */
  staticness: number[];
  operation: OperationObject;
}

function routesOf(document: OpenApiDocument): Route[] {
  const routes: Route[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const segments = path.split('/').slice(1);
    const pattern = new RegExp(
      `^/${segments
        .map((segment) =>
          /^\{[^}]+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join('/')}$`,
    );
    const staticness = segments.map((segment) => (segment.startsWith('{') ? 0 : 1));
    for (const [method, operation] of Object.entries(item)) {
      if (methods.includes(method)) routes.push({ method, path, pattern, staticness, operation });
    }
  }
  return routes;
}

function moreStatic(a: Route, b: Route): number {
  for (let i = 0; i < Math.max(a.staticness.length, b.staticness.length); i++) {
    const diff = (b.staticness[i] ?? 0) - (a.staticness[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** `#/components/schemas/X` → `#/$defs/X`, so each response schema compiles as one JSON Schema. */
function withDefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withDefs);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string'
        ? value.replace(/^#\/components\/schemas\//, '#/$defs/')
        : withDefs(value),
    ]),
  );
}

function mediaTypeOf(contentType: string | string[] | number | undefined): string | undefined {
  const value = Array.isArray(contentType) ? contentType[0] : contentType;
  if (value === undefined) return undefined;
  return String(value).split(';')[0]?.trim().toLowerCase() || undefined;
}

function mediaMatches(documented: string, actual: string): boolean {
  if (documented === actual || documented === '*/*') return true;
  const [type, subtype] = documented.split('/');
  return subtype === '*' && actual.startsWith(`${type}/`);
}

const isJson = (mediaType: string) => mediaType === 'application/json' || mediaType.endsWith('+json');

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 5)
    .map(
      (e) =>
        `${e.instancePath || '(body)'} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
    )
    .join('; ');
}

/**
 * Compiles schemas of an OpenAPI 3.1 document with ajv (JSON Schema 2020-12, formats checked), resolving
 * `#/components/schemas/…` references; `key` caches the compiled function.
 */
export function createSchemaValidator(document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats.default(ajv);
  const defs = withDefs(document.components?.schemas ?? {});
  const validators = new Map<string, ValidateFunction>();
  return {
    compile(key: string, schema: unknown): ValidateFunction {
      let validate = validators.get(key);
      if (!validate) {
        validate = ajv.compile({ ...(withDefs(schema) as Record<string, unknown>), $defs: defs });
        validators.set(key, validate);
      }
      return validate;
    },
    describe: describeErrors,
  };
}

export function createResponseContract(document: OpenApiDocument): ResponseContract {
  const routes = routesOf(document);
  const schemas = createSchemaValidator(document);
  let checked = 0;

  function findRoute(method: string, path: string): Route | undefined {
    const wanted = method.toLowerCase() === 'head' ? 'get' : method.toLowerCase();
    return routes.filter((r) => r.method === wanted && r.pattern.test(path)).sort(moreStatic)[0];
  }

  function violations(response: ObservedResponse): string[] {
    const path = response.url.split('?')[0] ?? '';
    if (ignoredPathPrefixes.some((prefix) => path.startsWith(prefix))) return [];
    const route = findRoute(response.method, path);
    if (!route) return [];
    checked++;
    const status = String(response.statusCode);
    const responses = route.operation.responses ?? {};
    const documented = responses[status] ?? responses[`${status[0]}XX`] ?? responses.default;
    if (!documented) {
      return [`status ${status} is not documented (documented: ${Object.keys(responses).join(', ')})`];
    }
    const mediaType = mediaTypeOf(response.headers['content-type']);
    const content = documented.content;
    const isHead = response.method.toUpperCase() === 'HEAD';
    if (!content || Object.keys(content).length === 0) {
      return response.body.length > 0 && !isHead
        ? [`status ${status} is documented without content but the response has a body (${mediaType})`]
        : [];
    }
    if (!mediaType) return isHead ? [] : [`status ${status} has no content type`];
    const entry = Object.entries(content).find(([documentedType]) => mediaMatches(documentedType, mediaType));
    if (!entry) {
      return [
        `content type ${mediaType} is not documented for status ${status} (documented: ${Object.keys(content).join(', ')})`,
      ];
    }
    const [documentedType, media] = entry;
    if (isHead || !isJson(mediaType) || media.schema === undefined) return [];
    let body: unknown;
    try {
      body = JSON.parse(response.body);
    } catch {
      return [`the ${mediaType} body is not JSON`];
    }
    const validate = schemas.compile(
      `${route.method} ${route.path} ${status} ${documentedType}`,
      media.schema,
    );
    return validate(body) ? [] : [`the body does not match the schema: ${describeErrors(validate.errors)}`];
  }

  return {
    violations,
    assert(response) {
      const found = violations(response);
      if (found.length === 0) return;
      const route = findRoute(response.method, response.url.split('?')[0] ?? '');
      throw new Error(
        `Response contract: ${response.method.toUpperCase()} ${response.url} → ${response.statusCode} ` +
          `differs from its OpenAPI operation ${route?.operation.operationId ?? ''} ` +
          `(${route?.method.toUpperCase()} ${route?.path}):\n  - ${found.join('\n  - ')}\n` +
          `  body: ${bodyForMessage(response)}`,
      );
    },
    get checked() {
      return checked;
    },
  };
}

/** Text bodies as they are (cut at 500 characters); binary ones by size and type. */
function bodyForMessage(response: ObservedResponse): string {
  const mediaType = mediaTypeOf(response.headers['content-type']) ?? '';
  const textual = mediaType === '' || mediaType.startsWith('text/') || isJson(mediaType);
  return textual ? response.body.slice(0, 500) : `(${response.body.length} characters of ${mediaType})`;
}

function injectUrl(options: InjectOptions): string {
  if (typeof options.url === 'string') return options.url;
  const url = options.url as { pathname?: string; path?: string } | undefined;
  return url?.pathname ?? url?.path ?? options.path?.toString() ?? '/';
}

/**
 * Makes every promise-style `app.inject(options)` of this app check its response against the app's own
 * OpenAPI document (call after `app.ready()`). The chained and callback forms pass through unchecked.
 */
export function checkInjectedResponses(app: FastifyInstance): ResponseContract {
  const contract = createResponseContract(app.swagger() as OpenApiDocument);
  const original = app.inject as unknown as (...args: unknown[]) => unknown;
  const checkedInject = (options?: InjectOptions | string, callback?: unknown) => {
    if (options === undefined) return original.call(app);
    if (callback !== undefined) return original.call(app, options, callback);
    const opts: InjectOptions = typeof options === 'string' ? { url: options } : options;
    return (original.call(app, opts) as Promise<LightMyRequestResponse>).then((response) => {
      contract.assert({
        method: opts.method ?? 'GET',
        url: injectUrl(opts),
        statusCode: response.statusCode,
        headers: response.headers,
        body: response.body,
      });
      return response;
    });
  };
  Object.defineProperty(app, 'inject', { value: checkedInject, configurable: true, writable: true });
  return contract;
}

/** A `fetch` that checks every response it receives against the document (for tests over real HTTP). */
export function contractFetch(contract: ResponseContract, base: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const response = await base(request);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      headers[key] = value;
    });
    const url = new URL(request.url);
    contract.assert({
      method: request.method,
      url: `${url.pathname}${url.search}`,
      statusCode: response.status,
      headers,
      body: await response.clone().text(),
    });
    return response;
  };
}
