import { type FieldError, type Problem, problemSchema } from '@zhicheng/contracts';

/** Codes the client itself produces when there is no problem document to read. */
export type ClientErrorCode = 'network_error' | 'invalid_response';

const problemMembers = new Set(['type', 'title', 'status', 'detail', 'code', 'errors', 'requestId']);

/** A failed API call, carrying the RFC 9457 problem the server sent (or one the client made up). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: readonly FieldError[];
  readonly requestId: string | undefined;
  /** Extension members such as `captchaRequired` or `lockedUntil`. */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.requestId = problem.requestId;
    this.extensions = Object.fromEntries(Object.entries(problem).filter(([key]) => !problemMembers.has(key)));
  }

  /** What to show a person: the specific detail when there is one, else the title. */
  get displayMessage(): string {
    return this.detail ?? this.title;
  }

  static fromProblem(value: unknown): ApiError | null {
    const parsed = problemSchema.safeParse(value);
    return parsed.success ? new ApiError(parsed.data) : null;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
