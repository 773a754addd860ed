import { type LoginResponse, loginResponseSchema } from '@zhicheng/contracts';
import { authStore } from './auth-store';

let inFlight: Promise<boolean> | null = null;

/**
 * `POST /auth/refresh`: 200 with a new session; 204 when the browser has no refresh cookie (nobody
 * signed in: a first visit, or after logout); 401 when the cookie is invalid, expired or revoked.
 * Anything but 200 means there is no session. Not sent through `apiRequest`: it is the refresh.
 */
async function requestRefresh(): Promise<LoginResponse | null> {
  try {
    const response = await fetch('/api/v1/auth/refresh', {
      method: 'POST',
      credentials: 'include',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: '{}',
    });
    if (response.status !== 200) return null;
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
