import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { i18n } from '../i18n';
import { ApiError } from './api-error';

/**
 * Puts a failed call's field errors (`errors[].path`) on the matching form fields and returns the
 * message for everything else — to show in a {@link FormAlert} — or `null` when every error found
 * its field.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): string | null {
  if (!(error instanceof ApiError)) return i18n.t('errors.unknown');
  const known = new Set<string>(fields);
  const unmatched: string[] = [];
  let focused = false;
  for (const fieldError of error.errors) {
    if (known.has(fieldError.path)) {
      setError(
        fieldError.path as Path<T>,
        { type: 'server', message: fieldError.message },
        { shouldFocus: !focused },
      );
      focused = true;
    } else {
      unmatched.push(fieldError.message);
    }
  }
  if (focused && unmatched.length === 0) return null;
  if (unmatched.length > 0 && error.errors.length > 0) return unmatched.join('；');
  return error.displayMessage;
}
