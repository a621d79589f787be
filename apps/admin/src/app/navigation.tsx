import type { ReactNode } from 'react';
import {
  ApartmentOutlined,
  ClusterOutlined,
  NotificationOutlined,
  TrophyOutlined,
  AuditOutlined,
  DashboardOutlined,
  EditOutlined,
  FileAddOutlined,
  ScheduleOutlined,
  InboxOutlined,
  ProfileOutlined,
  TeamOutlined,
  WarningOutlined,
  KeyOutlined,
  HomeOutlined,
} from '@ant-design/icons';
import type { OrgKind, Role } from '../gql/graphql';
import type { MessageKey } from '../shared/i18n/messages';
import {
  BULLETINS_PATH,
  SCOREBOARD_PATH,
  COCKPIT_PATH,
  INBOX_PATH,
  LEDGER_PATH,
  NEW_ITEM_PATH,
  TEMPLATES_PATH,
  ORG_PATH,
  REVIEW_PATH,
  SIGN_PATH,
  SUBTREE_PATH,
  USERS_PATH,
  FAILED_JOBS_PATH,
  ACCESS_TOKENS_PATH,
  WORKBENCH_PATH,
} from '../shared/paths';

export interface NavItem {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  /** Who sees the entry; everyone when absent. The API enforces the same rules. */
  roles?: Role[];
  /** Only users of offices of these kinds; every office when absent. */
  kinds?: OrgKind[];
  /** Also shown to whoever signs for the unit head today (委托签字), whatever their roles. */
  actingSigner?: boolean;
}

/** Sider menu entries; a new page adds its route in routes.tsx and its entry here. */
export const NAV_ITEMS: NavItem[] = [
  { path: WORKBENCH_PATH, label: 'nav.workbench', icon: <HomeOutlined /> },
  { path: COCKPIT_PATH, label: 'nav.cockpit', icon: <DashboardOutlined />, roles: ['LEADER', 'SUPERVISOR'] },
  { path: LEDGER_PATH, label: 'nav.ledger', icon: <ProfileOutlined /> },
  { path: NEW_ITEM_PATH, label: 'nav.newItem', icon: <FileAddOutlined />, roles: ['SUPERVISOR'] },
  { path: TEMPLATES_PATH, label: 'nav.templates', icon: <ScheduleOutlined />, roles: ['SUPERVISOR'] },
  { path: INBOX_PATH, label: 'nav.inbox', icon: <InboxOutlined />, roles: ['LIAISON', 'HEAD', 'SUPERVISOR'] },
  { path: SIGN_PATH, label: 'nav.signQueue', icon: <EditOutlined />, roles: ['HEAD'], actingSigner: true },
  {
    path: SUBTREE_PATH,
    label: 'nav.subtree',
    icon: <ClusterOutlined />,
    roles: ['SUPERVISOR', 'LEADER'],
    kinds: ['COUNTY', 'TOWNSHIP'],
  },
  { path: REVIEW_PATH, label: 'nav.reviewQueue', icon: <AuditOutlined />, roles: ['SUPERVISOR'] },
  { path: BULLETINS_PATH, label: 'nav.bulletins', icon: <NotificationOutlined /> },
  {
    path: SCOREBOARD_PATH,
    label: 'nav.scoreboard',
    icon: <TrophyOutlined />,
    roles: ['LEADER', 'SUPERVISOR', 'ADMIN'],
  },
  { path: ORG_PATH, label: 'nav.org', icon: <ApartmentOutlined /> },
  { path: USERS_PATH, label: 'nav.users', icon: <TeamOutlined />, roles: ['ADMIN'] },
  { path: FAILED_JOBS_PATH, label: 'nav.failedJobs', icon: <WarningOutlined />, roles: ['ADMIN'] },
  { path: ACCESS_TOKENS_PATH, label: 'nav.accessTokens', icon: <KeyOutlined /> },
];

export function navFor(roles: readonly Role[], kind: OrgKind, actingSigner = false): NavItem[] {
  return NAV_ITEMS.filter(
    (i) =>
      (!i.roles || i.roles.some((r) => roles.includes(r)) || (i.actingSigner && actingSigner)) &&
      (!i.kinds || i.kinds.includes(kind)),
  );
}

/** The menu entry for a path: the longest matching prefix, so /items/new selects 立项, not 台账. */
export function selectedNav(items: NavItem[], pathname: string): string[] {
  const match = items
    .filter((i) => pathname === i.path || pathname.startsWith(`${i.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return match ? [match.path] : [];
}
