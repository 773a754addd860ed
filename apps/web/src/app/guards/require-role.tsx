import type { Role } from '@zhicheng/contracts';
import { Navigate, Outlet } from 'react-router';
import { useSessionUser } from '../../lib/auth-store';
import { homePathOf } from '../navigation/role-pages';

/** Pages of other roles are not there for this user: back to the user's own home. */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const user = useSessionUser();
  if (!roles.includes(user.role)) return <Navigate to={homePathOf(user.role)} replace />;
  return <Outlet />;
}
