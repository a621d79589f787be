import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import {
  BULLETINS_PATH,
  SCOREBOARD_PATH,
  COCKPIT_PATH,
  HOME_PATH,
  INBOX_PATH,
  LEDGER_PATH,
  LOGIN_PATH,
  NEW_ITEM_PATH,
  TEMPLATES_PATH,
  ORG_PATH,
  REVIEW_PATH,
  SIGN_PATH,
  SUBTREE_PATH,
  USERS_PATH,
  FAILED_JOBS_PATH,
  ACCESS_TOKENS_PATH,
  VERIFY_PATH,
  WORKBENCH_PATH,
} from '../shared/paths';
import { RequireAuth } from './RequireAuth';
import { RouteError } from './RouteError';

// Each screen is its own chunk: the login page does not download the layout, the tree or their antd parts,
// and ECharts comes only with the cockpit.
const LoginPage = lazy(() => import('../features/login/LoginPage'));
const AppLayout = lazy(() => import('./AppLayout'));
const WorkbenchPage = lazy(() => import('../features/workbench/WorkbenchPage'));
const OrgPage = lazy(() => import('../features/org/OrgPage'));
const CockpitPage = lazy(() => import('../features/cockpit/CockpitPage'));
const LedgerPage = lazy(() => import('../features/items/LedgerPage'));
const NewItemPage = lazy(() => import('../features/items/NewItemPage'));
const TemplatesPage = lazy(() => import('../features/templates/TemplatesPage'));
const ItemDetailPage = lazy(() => import('../features/items/ItemDetailPage'));
const ReviewQueuePage = lazy(() => import('../features/items/ReviewQueuePage'));
const InboxPage = lazy(() => import('../features/inbox/InboxPage'));
const SignQueuePage = lazy(() => import('../features/inbox/SignQueuePage'));
const SubtreePage = lazy(() => import('../features/subtree/SubtreePage'));
const BulletinsPage = lazy(() => import('../features/assessment/BulletinsPage'));
const ScoreboardPage = lazy(() => import('../features/assessment/ScoreboardPage'));
const UsersPage = lazy(() => import('../features/users/UsersPage'));
const FailedJobsPage = lazy(() => import('../features/jobs/FailedJobsPage'));
const AccessTokensPage = lazy(() => import('../features/access-tokens/AccessTokensPage'));
const VerifyPage = lazy(() => import('../features/documents/VerifyPage'));

export const router = createBrowserRouter([
  { path: LOGIN_PATH, element: <LoginPage />, errorElement: <RouteError /> },
  // Anyone holding a printed form, signed in or not.
  { path: `${VERIFY_PATH}/:code?`, element: <VerifyPage />, errorElement: <RouteError /> },
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
      { path: WORKBENCH_PATH, element: <WorkbenchPage /> },
      { path: ORG_PATH, element: <OrgPage /> },
      { path: COCKPIT_PATH, element: <CockpitPage /> },
      { path: LEDGER_PATH, element: <LedgerPage /> },
      { path: NEW_ITEM_PATH, element: <NewItemPage /> },
      { path: TEMPLATES_PATH, element: <TemplatesPage /> },
      { path: `${LEDGER_PATH}/:id`, element: <ItemDetailPage /> },
      { path: INBOX_PATH, element: <InboxPage /> },
      { path: SIGN_PATH, element: <SignQueuePage /> },
      { path: SUBTREE_PATH, element: <SubtreePage /> },
      { path: REVIEW_PATH, element: <ReviewQueuePage /> },
      { path: BULLETINS_PATH, element: <BulletinsPage /> },
      { path: SCOREBOARD_PATH, element: <ScoreboardPage /> },
      { path: USERS_PATH, element: <UsersPage /> },
      { path: FAILED_JOBS_PATH, element: <FailedJobsPage /> },
      { path: ACCESS_TOKENS_PATH, element: <AccessTokensPage /> },
      { path: '*', element: <Navigate to={HOME_PATH} replace /> },
    ],
  },
]);
