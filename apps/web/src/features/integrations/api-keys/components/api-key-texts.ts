import type { ApiKey, ApiKeyScope } from '@zhicheng/contracts';

/** Each scope's name under `apiKeys.scope.*` (the scope strings hold `:`, i18next's namespace mark). */
export const scopeTextKeys = {
  'applications:read': 'applicationsRead',
  'applicants:write': 'applicantsWrite',
  'reviews:write': 'reviewsWrite',
  'stats:read': 'statsRead',
} as const satisfies Record<ApiKeyScope, string>;

export type ApiKeyState = 'active' | 'expired' | 'revoked';

/** 有效, 已过期 or 已吊销 at `now`; a revoked key stays revoked whatever its expiry. */
export function apiKeyState(key: Pick<ApiKey, 'revokedAt' | 'expiresAt'>, now = Date.now()): ApiKeyState {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && new Date(key.expiresAt).getTime() <= now) return 'expired';
  return 'active';
}
