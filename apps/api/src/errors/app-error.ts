import { type ErrorCode, errorCodes, type FieldError } from '@zhicheng/contracts';

/**
 * The one error type services throw. The error handler turns it into problem+json with the
 * status mapped from `code`; `extensions` become extra members of the problem object.
 */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly options: {
      errors?: FieldError[];
      extensions?: Record<string, unknown>;
      headers?: Record<string, string>;
      cause?: unknown;
    } = {},
  ) {
    super(detail ?? errorCodes[code].title, { cause: options.cause });
    this.status = errorCodes[code].status;
  }

  static notFound(detail?: string) {
    return new AppError('not_found', detail);
  }

  static validation(errors: FieldError[], detail?: string) {
    return new AppError('validation_failed', detail, { errors });
  }
}
