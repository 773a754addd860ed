import { type LoginResponse, loginResponseSchema } from '@zhicheng/contracts';
import { authStore } from './auth-store';

let inFlight: Promise<boolean> | null = null;

async function requestRefresh(): Promise<LoginResponse | null> {
  try {
    const response = await fetch('/api/v1/auth/refresh', {
      method: 'POST',
      credentials: 'include',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: '{}',
    });
    if (!response.ok) return null;
    const parsed = loginResponseSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Exchanges the refresh cookie for a new access token and stores it. Concurrent callers share one
 * request: the cookie rotates, and sending the old one twice would revoke the whole session family.
 */
export function refreshSession(): Promise<boolean> {
  if (!inFlight) {
    inFlight = requestRefresh()
      .then((session) => {
        if (session) authStore.setSession(session);
        return session !== null;
      })
      .finally(() => {
        inFlight = null;
      });
  }
  return inFlight;
}

/** On page load: restore the session from the cookie if there is one, else become anonymous. */
export async function restoreSession(): Promise<void> {
  if (authStore.getState().status !== 'restoring') return;
  const restored = await refreshSession();
  if (!restored && authStore.getState().status === 'restoring') authStore.clear();
}
