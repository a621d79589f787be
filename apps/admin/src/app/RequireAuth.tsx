import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../shared/auth/session';
import { LOGIN_PATH } from '../shared/paths';

/** Routes behind it need a token; without one (never had it, signed out, or expired) go to the login page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { token } = useSession();
  const location = useLocation();
  if (!token)
    return <Navigate to={LOGIN_PATH} replace state={{ from: location.pathname + location.search }} />;
  return children;
}
