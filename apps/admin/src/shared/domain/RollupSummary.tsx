import { Col, Row, Statistic, Typography } from 'antd';
import type { RollupFieldsFragment } from '../../gql/graphql';
import { useT, type Translatable } from '../i18n/locale';
import { LightBadge, percent } from './labels';

/** Each number a roll-up panel can show, formatted the same wherever it appears. */
const VALUES = {
  total: (r) => r.total,
  done: (r) => r.done,
  underReview: (r) => r.underReview,
  overdue: (r) => r.overdue,
  completionRate: (r) => percent(r.completionRate),
  onTimeRate: (r) => percent(r.onTimeRate),
  progress: (r) => `${Math.round(r.progressPercent)}%`,
} satisfies Record<string, (r: RollupFieldsFragment) => string | number>;

/** One number of the panel and its label, in the order shown. */
export type RollupStat = [keyof typeof VALUES, Translatable];

/**
 * A roll-up's headline numbers in one row (overdue in red while there are any), its light and the reason last.
 * The cockpit and the item page each name their numbers and labels.
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
  return (
    <Row gutter={gutter} data-testid={testId}>
      {stats.map(([stat, label]) => (
        <Col span={3} key={stat}>
          <Statistic
            title={t(label)}
            value={VALUES[stat](rollup)}
            styles={
              stat === 'overdue' ? { content: { color: rollup.overdue ? '#f5222d' : undefined } } : undefined
            }
          />
        </Col>
      ))}
      <Col span={6}>
        <Typography.Text type="secondary">{t('common.light')}</Typography.Text>
        <div style={{ marginTop: 8 }}>
          <LightBadge light={rollup.light} reason={rollup.lightReason} />
        </div>
      </Col>
    </Row>
  );
}
