/**
 * What the app logger writes for errors and requests. Logs are read by operators, shipped to log stores
 * and kept for months, so they carry what explains a failure (error type, code, constraint, table, the
 * SQL text with its placeholders, the route) and never the values a request or query carried: query
 * parameters (ID numbers, password hashes, form content), PostgreSQL's `detail` (`Key (id_number)=(…)`,
 * `Failing row contains (…)`), or a URL's query string (`?q=<ID number>`).
 */

/** Fields of a database error that name the failure without quoting data. */
const databaseFields = ['code', 'severity', 'constraint', 'table', 'column', 'schema', 'dataType', 'routine'];
const maxCauseDepth = 4;
const redacted = '[redacted]';

/** Secrets a message may still quote (defence in depth behind the rules above). */
const secretPatterns: RegExp[] = [
  /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g, // 居民身份证号
  /\$argon2[\w$=,./+-]*/g, // password hashes
  /eyJ[\w-]+\.[\w-]+\.[\w-]*/g, // JWTs
];

/** Removes the parts of an error message that quote values, keeping what names the failure. */
export function scrubMessage(message: string): string {
  let text = message
    // drizzle: `Failed query: <sql>\nparams: <every value>`
    .replace(/\nparams: [\s\S]*$/, `\nparams: ${redacted}`)
    // PostgreSQL: `Key (id_number)=(110…)` (also when a detail ends up in a message)
    .replace(/Key \(([^)]*)\)=\((?:[^()]|\([^()]*\))*\)/g, `Key ($1)=(${redacted})`)
    .replace(/Failing row contains \([\s\S]*?\)(?=\.?$|\n)/g, `Failing row contains (${redacted})`)
    // PostgreSQL: `invalid input syntax for type uuid: "abc"`, `… for enum role: "x"`
    .replace(/: "(?:[^"\\]|\\.)*"/g, `: "${redacted}"`);
  for (const pattern of secretPatterns) text = text.replace(pattern, redacted);
  return text;
}

/** An error as logged (the shape Fastify's logger types expect of an `err` serializer). */
export interface LoggedError {
  type: string;
  message: string;
  stack: string;
  [field: string]: unknown;
}

/** The logger's `err` serializer: type, scrubbed message and stack, codes, and the cause chain. */
export function errorForLog(error: unknown): LoggedError {
  return serialize(error, 0);
}

function serialize(error: unknown, depth: number): LoggedError {
  if (!error || typeof error !== 'object') {
    return { type: typeof error, message: scrubMessage(String(error)), stack: '' };
  }
  const e = error as Record<string, unknown>;
  const type = (error as object).constructor?.name ?? 'Error';
  const message = scrubMessage(String(e.message ?? ''));
  const stack = typeof e.stack === 'string' ? stackFrames(type, message, e.stack) : '';
  const out: LoggedError = { type, message, stack };
  for (const field of databaseFields) {
    const value = e[field];
    if (typeof value === 'string' || typeof value === 'number') out[field] = value;
  }
  if (typeof e.statusCode === 'number') out.statusCode = e.statusCode;
  if (typeof e.status === 'number') out.status = e.status;
  // drizzle's SQL text has `$1` placeholders, not values; its `params` are never logged.
  if (typeof e.query === 'string') out.query = scrubMessage(e.query).slice(0, 2000);
  if (e.cause !== undefined && depth < maxCauseDepth) out.cause = serialize(e.cause, depth + 1);
  return out;
}

/** The stack's frames under the scrubbed first line (the original first line repeats the raw message). */
function stackFrames(type: string, message: string, stack: string): string {
  const frames = stack.split('\n').filter((line) => /^\s+at /.test(line));
  return [`${type}: ${message}`, ...frames].join('\n');
}

/** A URL for the log: the path, and the names (never the values) of its query keys. */
export function urlForLog(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const keys = [...new URLSearchParams(url.slice(at + 1)).keys()];
  const names = [...new Set(keys)].map((key) => `${encodeURIComponent(key)}=`);
  return names.length > 0 ? `${url.slice(0, at)}?${names.join('&')}` : url.slice(0, at);
}

interface LoggedRequest {
  method?: string;
  url?: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number } | null;
}

/** The logger's `req` serializer: Fastify's default fields with the query string's values left out. */
export function requestForLog(request: LoggedRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: urlForLog(request.url ?? ''),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
