import { AppError } from '../errors/app-error.js';

/** How long clients are asked to wait before retrying when the object store cannot be reached. */
export const STORAGE_RETRY_AFTER_SECONDS = 30;

/**
 * The object store could not be reached or refused to work (network, credentials, disk): distinct from
 * "no such object", which drivers answer with `undefined`. It is an AppError so every route that touches
 * storage answers 503 problem+json with `Retry-After` without knowing about drivers.
 */
export class StorageUnavailableError extends AppError {
  constructor(cause: unknown) {
    super('service_unavailable', '文件存储暂时不可用，请稍后再试', {
      headers: { 'retry-after': String(STORAGE_RETRY_AFTER_SECONDS) },
      cause,
    });
    this.name = 'StorageUnavailableError';
  }
}

/** Runs a driver call, turning its failures into StorageUnavailableError (AppErrors pass unchanged). */
export async function unavailableOnFailure<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new StorageUnavailableError(error);
  }
}
