import { Badge, Progress, Space, Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import type { AssignmentStatus, DeadlineTier, ItemStatus, Light } from '../../gql/graphql';
import { useT, type Translatable, type Translate } from '../i18n/locale';
import { CATALOGS, type MessageKey } from '../i18n/messages';
import {
  ASSIGNMENT_FLAG_LABELS,
  ASSIGNMENT_STATUS_LABELS,
  chinaDate,
  DEADLINE_TIER_DAYS,
  ITEM_STATUS_LABELS,
  LIGHT_LABELS,
  URGENT_MAX_DAYS,
  type AssignmentFlag,
} from './rules';

/**
 * The words for an assignment status: the rules' labels, except that the admin's English says "sign for" for
 * 签收 throughout (its button reads "Sign for"), so 待签收 keeps its own message there.
 */
export const ASSIGNMENT_STATUS_TEXT: Readonly<Record<AssignmentStatus, Translatable>> = {
  ...ASSIGNMENT_STATUS_LABELS,
  ASSIGNED: 'asgStatus.ASSIGNED',
};

/** A deadline tier with its time limit, the days read from the rules: '一般（15天）', 'Urgent (1–5 days)'. */
export const tierLabel = (t: Translate, tier: DeadlineTier): string =>
  t(`tier.${tier}`, { days: tier === 'URGENT' ? URGENT_MAX_DAYS : DEADLINE_TIER_DAYS[tier] });

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
  return <Tag color={ITEM_COLOR[status]}>{t(ITEM_STATUS_LABELS[status])}</Tag>;
}

export function AssignmentStatusTag({ status }: { status: AssignmentStatus }) {
  const t = useT();
  return (
    <Tag color={ASSIGNMENT_COLOR[status]} data-status={status}>
      {t(ASSIGNMENT_STATUS_TEXT[status])}
    </Tag>
  );
}

/** A light always comes with its reason (DESIGN §2): shown beside the dot, or as a tooltip when compact. */
export function LightBadge({ light, reason, compact }: { light: Light; reason: string; compact?: boolean }) {
  const t = useT();
  const badge = (
    <Badge
      color={LIGHT_COLOR[light]}
      text={compact ? t(LIGHT_LABELS[light]) : reason}
      data-light={light}
      aria-label={`${t(LIGHT_LABELS[light])}：${reason}`}
    />
  );
  return compact ? <Tooltip title={reason}>{badge}</Tooltip> : badge;
}

type Flag =
  AssignmentFlag | 'returned' | 'tightened' | 'notApplicable' | 'extensionForwarded' | 'escalationForwarded';
type Flags = Partial<Record<Flag, boolean>>;
/** The rules name the flags of an open assignment; the admin adds the conditions it also marks on a row. */
const FLAG_TAGS: [Flag, Translatable, string][] = [
  ['overdue', ASSIGNMENT_FLAG_LABELS.overdue, 'red'],
  ['returned', 'flag.returned', 'volcano'],
  ['extensionPending', ASSIGNMENT_FLAG_LABELS.extensionPending, 'blue'],
  ['extensionForwarded', 'flag.extensionForwarded', 'cyan'],
  ['escalated', ASSIGNMENT_FLAG_LABELS.escalated, 'magenta'],
  ['escalationForwarded', 'flag.escalationForwarded', 'cyan'],
  ['split', ASSIGNMENT_FLAG_LABELS.split, 'geekblue'],
  ['tightened', 'flag.tightened', 'orange'],
  ['notApplicable', 'flag.notApplicable', 'default'],
];

/** Flags of an open assignment (not states of their own). */
export function AssignmentFlags(flags: Flags) {
  const t = useT();
  const on = FLAG_TAGS.filter(([k]) => flags[k]);
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
  const t = useT();
  return (
    <Progress
      percent={percent}
      aria-label={t('common.progress')}
      format={() => percentText(percent)}
      size="small"
      style={{ minWidth: 100, margin: 0 }}
    />
  );
}

/** The calendar date of an instant as it reads in China (a deadline is the end of a Shanghai day), in any time zone. */
export const formatDate = (iso: string | null | undefined) => chinaDate(iso);
export const formatTime = (iso: string | null | undefined) =>
  iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '';
/** Every percentage the admin shows, on the 0–100 scale: one decimal always, so a column lines up. */
export const percentText = (value: number | null | undefined) =>
  value == null ? '—' : `${value.toFixed(1)}%`;
/** A rate (0–1) as a percentage, the same way. */
export const percent = (rate: number | null | undefined) => (rate == null ? '—' : percentText(rate * 100));

/**
 * The words for an audit action or a notification topic (they share names, e.g. extension.forwarded): the
 * `event.<name>` message, or the name itself for one the admin has no words for yet.
 */
export function eventLabel(t: Translate, name: string): string {
  const key = `event.${name}`;
  return key in CATALOGS['zh-CN'] ? t(key as MessageKey) : name;
}
