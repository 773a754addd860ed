import type { LoginResponse, SessionUser } from '@zhicheng/contracts';
import { useSyncExternalStore } from 'react';

/** Why the visitor is anonymous: `expired` makes the login page explain that the session ended. */
export type AnonymousReason = 'expired' | 'logged_out';

export type AuthState =
  | { status: 'restoring' }
  | { status: 'anonymous'; reason?: AnonymousReason }
  | { status: 'authenticated'; accessToken: string; expiresAt: number; user: SessionUser };

type Listener = () => void;

let state: AuthState = { status: 'restoring' };
const listeners = new Set<Listener>();

function setState(next: AuthState): void {
  state = next;
  for (const listener of listeners) listener();
}

/**
 * The only global client state: the access token (kept in memory, never in storage) and the
 * signed-in user. The refresh token lives in an httpOnly cookie the browser sends for us.
 */
export const authStore = {
  getState: (): AuthState => state,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getAccessToken(): string | null {
    return state.status === 'authenticated' ? state.accessToken : null;
  },
  setSession(session: LoginResponse, now: number = Date.now()): void {
    setState({
      status: 'authenticated',
      accessToken: session.accessToken,
      expiresAt: now + session.expiresIn * 1000,
      user: session.user,
    });
  },
  /** The server said the password must change first: the route guard sends the user there. */
  requirePasswordChange(): void {
    if (state.status !== 'authenticated' || state.user.mustChangePassword) return;
    setState({ ...state, user: { ...state.user, mustChangePassword: true } });
  },
  clear(reason?: AnonymousReason): void {
    setState(reason ? { status: 'anonymous', reason } : { status: 'anonymous' });
  },
  /** Test helper: back to the state of a fresh page load. */
  reset(): void {
    setState({ status: 'restoring' });
  },
};

export function useAuth(): AuthState {
  return useSyncExternalStore(authStore.subscribe, authStore.getState, authStore.getState);
}

/** The signed-in user; only call below a route guard that guarantees authentication. */
export function useSessionUser(): SessionUser {
  const auth = useAuth();
  if (auth.status !== 'authenticated') throw new Error('useSessionUser() needs an authenticated session');
  return auth.user;
}
