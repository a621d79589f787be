import { Badge, Progress, Space, Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import type { AssignmentStatus, ItemSource, ItemStatus, Light } from '../../gql/graphql';
import { useT } from '../i18n/locale';
import type { MessageKey } from '../i18n/messages';

export const ITEM_STATUSES: ItemStatus[] = [
  'DRAFT',
  'REGISTERED',
  'IN_PROGRESS',
  'AWAITING_FEEDBACK',
  'CONCLUDED',
  'ARCHIVED',
  'WITHDRAWN',
];
export const ASSIGNMENT_STATUSES: AssignmentStatus[] = [
  'ASSIGNED',
  'IN_PROGRESS',
  'AWAITING_SIGNATURE',
  'UNDER_REVIEW',
  'DONE',
  'WITHDRAWN',
];
export const SOURCES: ItemSource[] = [
  'LEADER_INSTRUCTION',
  'COMMITTEE_DECISION',
  'ANNUAL_TARGET',
  'HIGHER_ASSIGNMENT',
  'HOTLINE',
  'SPECIAL_INSPECTION',
];

const ITEM_COLOR: Record<ItemStatus, string> = {
  DRAFT: 'default',
  REGISTERED: 'cyan',
  IN_PROGRESS: 'processing',
  AWAITING_FEEDBACK: 'gold',
  CONCLUDED: 'success',
  ARCHIVED: 'default',
  WITHDRAWN: 'default',
};
const ASSIGNMENT_COLOR: Record<AssignmentStatus, string> = {
  ASSIGNED: 'orange',
  IN_PROGRESS: 'processing',
  AWAITING_SIGNATURE: 'purple',
  UNDER_REVIEW: 'gold',
  DONE: 'success',
  WITHDRAWN: 'default',
};
export const LIGHT_COLOR: Record<Light, string> = { GREEN: '#52c41a', YELLOW: '#faad14', RED: '#f5222d' };

export function ItemStatusTag({ status }: { status: ItemStatus }) {
  const t = useT();
  return <Tag color={ITEM_COLOR[status]}>{t(`itemStatus.${status}`)}</Tag>;
}

export function AssignmentStatusTag({ status }: { status: AssignmentStatus }) {
  const t = useT();
  return (
    <Tag color={ASSIGNMENT_COLOR[status]} data-status={status}>
      {t(`asgStatus.${status}`)}
    </Tag>
  );
}

/** A light always comes with its reason (DESIGN §2): shown beside the dot, or as a tooltip when compact. */
export function LightBadge({ light, reason, compact }: { light: Light; reason: string; compact?: boolean }) {
  const t = useT();
  const badge = (
    <Badge
      color={LIGHT_COLOR[light]}
      text={compact ? t(`light.${light}`) : reason}
      data-light={light}
      aria-label={`${t(`light.${light}`)}：${reason}`}
    />
  );
  return compact ? <Tooltip title={reason}>{badge}</Tooltip> : badge;
}

interface Flags {
  overdue?: boolean;
  extensionPending?: boolean;
  escalated?: boolean;
  split?: boolean;
  returned?: boolean;
  tightened?: boolean;
  notApplicable?: boolean;
}
const FLAG_COLORS: [keyof Flags, MessageKey, string][] = [
  ['overdue', 'flag.overdue', 'red'],
  ['returned', 'flag.returned', 'volcano'],
  ['extensionPending', 'flag.extensionPending', 'blue'],
  ['escalated', 'flag.escalated', 'magenta'],
  ['split', 'flag.split', 'geekblue'],
  ['tightened', 'flag.tightened', 'orange'],
  ['notApplicable', 'flag.notApplicable', 'default'],
];

/** Flags of an open assignment (not states of their own). */
export function AssignmentFlags(flags: Flags) {
  const t = useT();
  const on = FLAG_COLORS.filter(([k]) => flags[k]);
  if (!on.length) return null;
  return (
    <Space size={2} wrap>
      {on.map(([k, label, color]) => (
        <Tag key={k} color={color} variant="outlined">
          {t(label)}
        </Tag>
      ))}
    </Space>
  );
}

export function PercentBar({ percent }: { percent: number }) {
  return <Progress percent={Math.round(percent)} size="small" style={{ minWidth: 90, margin: 0 }} />;
}

export const formatDate = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD') : '');
export const formatTime = (iso: string | null | undefined) =>
  iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '';
export const percent = (rate: number | null | undefined) =>
  rate == null ? '—' : `${(rate * 100).toFixed(rate === 1 || rate === 0 ? 0 : 1)}%`;
