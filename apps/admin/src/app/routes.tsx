import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { HOME_PATH, LOGIN_PATH, ORG_PATH } from './paths';
import { RequireAuth } from './RequireAuth';
import { RouteError } from './RouteError';

// Each screen is its own chunk: the login page does not download the layout, the tree or their antd parts.
const LoginPage = lazy(() => import('../features/login/LoginPage'));
const AppLayout = lazy(() => import('./AppLayout'));
const OrgPage = lazy(() => import('../features/org/OrgPage'));

export const router = createBrowserRouter([
  { path: LOGIN_PATH, element: <LoginPage />, errorElement: <RouteError /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to={HOME_PATH} replace /> },
      { path: ORG_PATH, element: <OrgPage /> },
      { path: '*', element: <Navigate to={HOME_PATH} replace /> },
    ],
  },
]);
