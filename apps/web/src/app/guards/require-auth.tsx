import { Navigate, Outlet, useLocation } from 'react-router';
import { useAuth } from '../../lib/auth-store';
import { passwordPath } from '../navigation/role-pages';

/**
 * Signed-in area: anonymous visitors go to the login page (told why when the session ended), and a
 * user who must change the password cannot go anywhere else first.
 */
export function RequireAuth() {
  const auth = useAuth();
  const location = useLocation();
  if (auth.status === 'restoring') return null;
  if (auth.status === 'anonymous') {
    const to = auth.reason ? `/login?reason=${auth.reason}` : '/login';
    return <Navigate to={to} replace />;
  }
  if (auth.user.mustChangePassword && location.pathname !== passwordPath) {
    return <Navigate to={passwordPath} replace />;
  }
  return <Outlet />;
}
