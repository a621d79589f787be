import { Col, Row, Statistic, Typography } from 'antd';
import type { RollupFieldsFragment } from '../../gql/graphql';
import { useT, type Translatable } from '../i18n/locale';
import { LightBadge, percent, percentText } from './labels';

/** Each number a roll-up panel can show, formatted the same wherever it appears. */
const VALUES = {
  total: (r) => r.total,
  done: (r) => r.done,
  underReview: (r) => r.underReview,
  overdue: (r) => r.overdue,
  escalated: (r) => r.escalated,
  completionRate: (r) => percent(r.completionRate),
  onTimeRate: (r) => percent(r.onTimeRate),
  progress: (r) => percentText(r.progressPercent),
} satisfies Record<string, (r: RollupFieldsFragment) => string | number>;

/** One number of the panel and its label, in the order shown. */
export type RollupStat = [keyof typeof VALUES, Translatable];

/** 上报协调中 is on every panel, after the numbers the page names (unless it names it itself). */
const ESCALATED: RollupStat = ['escalated', 'rollup.escalated'];
/** Numbers shown in colour while there are any. */
const ALERT_COLOR: Partial<Record<RollupStat[0], string>> = { overdue: '#f5222d', escalated: '#c41d7f' };

/**
 * A roll-up's headline numbers in one row (overdue and 上报协调中 in colour while there are any), its light and the
 * reason last; on a narrow screen the row wraps. The cockpit and the item page each name their numbers and labels.
 */
export function RollupSummary({
  rollup,
  stats,
  gutter,
  testId,
}: {
  rollup: RollupFieldsFragment;
  stats: readonly RollupStat[];
  gutter: number;
  testId: string;
}) {
  const t = useT();
  const shown = stats.some(([s]) => s === ESCALATED[0]) ? stats : [...stats, ESCALATED];
  return (
    <Row gutter={[gutter, 12]} data-testid={testId}>
      {shown.map(([stat, label]) => {
        const value = VALUES[stat](rollup);
        const color = value ? ALERT_COLOR[stat] : undefined;
        return (
          <Col flex="1 0 88px" key={stat} data-stat={stat}>
            <Statistic title={t(label)} value={value} styles={color ? { content: { color } } : undefined} />
          </Col>
        );
      })}
      <Col flex="2 0 200px">
        <Typography.Text type="secondary">{t('common.light')}</Typography.Text>
        <div style={{ marginTop: 8 }}>
          <LightBadge light={rollup.light} reason={rollup.lightReason} />
        </div>
      </Col>
    </Row>
  );
}
