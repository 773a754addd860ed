import { Navigate } from 'react-router';
import { useSessionUser } from '../../lib/auth-store';
import { homePathOf } from '../navigation/role-pages';

/** `/`: the signed-in user's own home. */
export function HomeRedirect() {
  const user = useSessionUser();
  return <Navigate to={homePathOf(user.role)} replace />;
}
