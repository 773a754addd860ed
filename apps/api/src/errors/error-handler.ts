import {
  type ErrorCode,
  errorCodes,
  type FieldError,
  type Problem,
  problemContentType,
} from '@zhicheng/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type DeniedAccessAudit, isAuditedDenial } from '../lib/denied-access-audit.js';
import { AppError } from './app-error.js';

const typeBase = 'https://zhicheng.dev/problems/';

export function buildProblem(
  code: ErrorCode,
  request: FastifyRequest,
  detail?: string,
  errors?: FieldError[],
  extensions: Record<string, unknown> = {},
): Problem {
  const { status, title } = errorCodes[code];
  return {
    type: `${typeBase}${code.replaceAll('_', '-')}`,
    title,
    status,
    ...(detail ? { detail } : {}),
    code,
    ...(errors && errors.length > 0 ? { errors } : {}),
    requestId: request.id,
    ...extensions,
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem) {
  return reply.status(problem.status).type(problemContentType).send(problem);
}

/** Maps Fastify's own client errors (bad JSON, wrong content type, huge body) onto our codes. */
function codeForFastifyError(error: FastifyError): ErrorCode | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'unsupported_media_type';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'payload_too_large';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'bad_request';
    default:
      break;
  }
  if (error.statusCode === 429) return 'rate_limited';
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return 'bad_request';
  return undefined;
}

/** Turns zod issue paths (`['admin', 'idNumber']`) into the dotted paths clients match fields by. */
function fieldErrorsFromValidation(error: FastifyError): FieldError[] {
  return (error.validation ?? []).map((v) => {
    const instancePath = (v.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
    return {
      path: instancePath || String(v.params?.missingProperty ?? ''),
      message: v.message ?? '格式不正确',
    };
  });
}

/**
 * The single error handler: every failure leaves as RFC 9457 problem+json. Server faults are
 * logged with their stack and masked ("服务器内部错误") so nothing internal leaks.
 */
export function registerErrorHandler(
  app: FastifyInstance,
  options: { spaFallback: boolean; deniedAccess?: DeniedAccessAudit },
) {
  const { deniedAccess } = options;
  if (deniedAccess) app.addHook('onClose', () => deniedAccess.flush().catch(() => undefined));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.status >= 500) request.log.error({ err: error.options.cause ?? error }, error.message);
      if (error.options.headers) reply.headers(error.options.headers);
      const detail = error.detail ?? undefined;
      const problem = buildProblem(
        error.code,
        request,
        detail,
        error.options.errors,
        error.options.extensions,
      );
      if (deniedAccess && isAuditedDenial(request, error.code)) {
        // The refusal stands whatever happens to its audit event: a failed write is logged, never a 500.
        return deniedAccess
          .record(request, error.status, error.code)
          .catch((auditError: unknown) =>
            request.log.warn({ err: auditError }, 'access.denied: the audit event was not recorded'),
          )
          .then(() => sendProblem(reply, problem));
      }
      return sendProblem(reply, problem);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext === 'body' ? '' : `（${error.validationContext}）`;
      return sendProblem(
        reply,
        buildProblem(
          'validation_failed',
          request,
          `请检查标记的字段${where}`,
          fieldErrorsFromValidation(error),
        ),
      );
    }
    if (error.code === 'FST_ERR_RESPONSE_SERIALIZATION') {
      request.log.error({ err: error }, 'response did not match its schema');
      return sendProblem(reply, buildProblem('internal_error', request));
    }
    const clientCode = codeForFastifyError(error);
    if (clientCode) {
      return sendProblem(
        reply,
        buildProblem(clientCode, request, clientCode === 'rate_limited' ? undefined : error.message),
      );
    }
    if (isDatabaseUnavailable(error)) {
      request.log.error({ err: error }, 'database unavailable');
      return sendProblem(reply, buildProblem('service_unavailable', request));
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, buildProblem('internal_error', request));
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isPageRoute = request.method === 'GET' && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path);
    if (options.spaFallback && isPageRoute) {
      return reply.header('cache-control', 'no-cache').type('text/html').sendFile('index.html');
    }
    return sendProblem(reply, buildProblem('not_found', request, `没有 ${request.method} ${path} 这个接口`));
  });
}

/**
 * Connection failures (database restarting, network cut, a silent network ending in the pool's query or
 * connect timeout) answer 503, not 500.
 */
function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === '57P01' || code === '57P03') return true;
    const message = String((current as { message?: unknown }).message ?? '');
    if (
      /Connection terminated|timeout exceeded when trying to connect|Query read timeout|not queryable/i.test(
        message,
      )
    )
      return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
