import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import {
  Breadcrumb,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Segmented,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import type { CockpitLevelQuery as CockpitLevel, Light, TrendGranularity } from '../../gql/graphql';
import { useCurrentUser } from '../../shared/auth/current-user';
import { LIGHT_COLOR, LightBadge, percent, percentText } from '../../shared/domain/labels';
import { RollupSummary, type RollupStat } from '../../shared/domain/RollupSummary';
import { worstLight } from '../../shared/domain/rules';
import { PageSpinner } from '../../shared/feedback/PageSpinner';
import { useT } from '../../shared/i18n/locale';
import { OrgKindTag } from '../org/OrgKindTag';
import { CockpitAggregatesQuery, CockpitLevelQuery } from './cockpit-queries';
import { RedItemList } from './RedItemList';
import { RedUnitList } from './RedUnitList';
import { EChart, type ChartOption } from './EChart';

type Unit = NonNullable<CockpitLevel['orgUnit']>;
type Child = Unit['children'][number];

/** The unit's own roll-up above the charts. */
const COCKPIT_STATS: readonly RollupStat[] = [
  ['total', 'cockpit.total'],
  ['done', 'cockpit.done'],
  ['overdue', 'cockpit.overdue'],
  ['completionRate', 'cockpit.completionRate'],
  ['onTimeRate', 'cockpit.onTimeRate'],
  ['progress', 'cockpit.progress'],
];
/** Sorts the worse light first, by the rules' severity. */
const worseFirst = (a: Light, b: Light) => (a === b ? 0 : worstLight([a, b]) === a ? -1 : 1);

/**
 * 驾驶舱: the leader's unit and each unit below it with lights and roll-up numbers, drilled down level by
 * level (city → county → township → department); charts and the red list for the level shown.
 */
export default function CockpitPage() {
  const t = useT();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unit') ?? me.orgUnit.id;
  const drill = (id: string) => setParams(id === me.orgUnit.id ? {} : { unit: id });
  const { data, loading } = useQuery(CockpitLevelQuery, {
    variables: { id: unitId },
    fetchPolicy: 'cache-and-network',
  });
  const [granularity, setGranularity] = useState<TrendGranularity>('WEEK');
  const { data: aggregates } = useQuery(CockpitAggregatesQuery, {
    variables: { unitId, granularity },
    fetchPolicy: 'cache-and-network',
  });
  const agg = aggregates?.cockpit;
  const unit = data?.orgUnit;

  const children = useMemo(
    () =>
      [...(unit?.children ?? [])]
        .filter((c) => c.rollup)
        .sort(
          (a, b) =>
            (b.rollup!.total > 0 ? 1 : 0) - (a.rollup!.total > 0 ? 1 : 0) ||
            worseFirst(a.rollup!.light, b.rollup!.light),
        ),
    [unit],
  );
  // Charts compare the administrative levels first (counties, townships); departments when there are none.
  const chartUnits = useMemo(() => {
    const withWork = children.filter((c) => c.rollup!.total > 0);
    const areas = withWork.filter((c) => c.kind !== 'DEPARTMENT');
    return (areas.length ? areas : withWork).slice(0, 30);
  }, [children]);

  const completionOption = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => percentText(v) },
      grid: { left: 40, right: 12, top: 16, bottom: 60 },
      xAxis: {
        type: 'category',
        data: chartUnits.map((c) => c.name),
        axisLabel: { rotate: 40, interval: 0 },
      },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          type: 'bar',
          barMaxWidth: 28,
          name: t('cockpit.completionRate'),
          data: chartUnits.map((c) => ({
            value: c.rollup!.completionRate * 100,
            itemStyle: { color: LIGHT_COLOR[c.rollup!.light] },
          })),
        },
      ],
    }),
    [chartUnits, t],
  );

  const bySource = useMemo(
    () => (agg?.overdueBySource ?? []).map((s) => ({ name: t(`source.${s.source}`), value: s.count })),
    [agg, t],
  );
  const sourceOption = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item' },
      legend: { type: 'scroll', bottom: 0 },
      series: [{ type: 'pie', radius: ['35%', '62%'], center: ['50%', '42%'], data: bySource }],
    }),
    [bySource],
  );

  // Counted by the API per China-time week or month; the chart only draws them.
  const trend = useMemo(() => agg?.workTrend ?? [], [agg]);
  const trendOption = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 32, right: 12, top: 16, bottom: 48 },
      xAxis: {
        type: 'category',
        data: trend.map((p) => (granularity === 'WEEK' ? p.label.slice(5) : p.label)),
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'line', name: t('cockpit.trendCreated'), data: trend.map((p) => p.registered) },
        { type: 'line', name: t('cockpit.trendConcluded'), data: trend.map((p) => p.closed) },
      ],
    }),
    [trend, granularity, t],
  );

  if (!unit) return loading ? <PageSpinner /> : <Empty description={t('org.notVisible')} />;
  const r = unit.rollup;
  const crumbs = [...unit.ancestors, { id: unit.id, name: unit.name }];
  const ownIndex = crumbs.findIndex((c) => c.id === me.orgUnit.id);
  const red = children.filter((c) => c.rollup!.light === 'RED');

  const columns: TableColumnsType<Child> = [
    {
      title: t('common.unit'),
      // Never squeezed to nothing by the fixed-width number columns (1366 px at 125 % scaling).
      width: 150,
      ellipsis: true,
      render: (_, c) => (
        <Flex gap={6} align="center">
          {c.childCount > 0 ? (
            <Button type="link" size="small" style={{ padding: 0 }} onClick={() => drill(c.id)}>
              {c.name}
            </Button>
          ) : (
            <Typography.Text>{c.name}</Typography.Text>
          )}
          <OrgKindTag kind={c.kind} subtype={c.subtype} />
        </Flex>
      ),
    },
    {
      title: t('cockpit.total'),
      width: 84,
      align: 'right',
      render: (_, c) => <span data-col="total">{c.rollup!.total}</span>,
    },
    {
      title: t('cockpit.done'),
      width: 70,
      align: 'right',
      render: (_, c) => <span data-col="done">{c.rollup!.done}</span>,
    },
    {
      title: t('cockpit.inProgress'),
      width: 60,
      align: 'right',
      render: (_, c) =>
        c.rollup!.assigned + c.rollup!.inProgress + c.rollup!.awaitingSignature + c.rollup!.underReview,
    },
    {
      title: t('cockpit.overdue'),
      width: 60,
      align: 'right',
      render: (_, c) => (
        <Typography.Text type={c.rollup!.overdue ? 'danger' : undefined}>{c.rollup!.overdue}</Typography.Text>
      ),
    },
    {
      title: t('cockpit.completionRate'),
      width: 80,
      align: 'right',
      render: (_, c) => percent(c.rollup!.completionRate),
    },
    {
      title: t('cockpit.progress'),
      width: 70,
      align: 'right',
      render: (_, c) => percentText(c.rollup!.progressPercent),
    },
    {
      title: t('common.light'),
      width: 220,
      ellipsis: true,
      render: (_, c) => <LightBadge light={c.rollup!.light} reason={c.rollup!.lightReason} />,
    },
  ];

  return (
    <Flex vertical gap={12} data-testid="cockpit" data-unit-id={unit.id}>
      <Breadcrumb
        data-testid="cockpit-breadcrumb"
        items={crumbs.map((c, i) => ({
          key: c.id,
          title:
            i >= ownIndex && i < crumbs.length - 1 ? <a onClick={() => drill(c.id)}>{c.name}</a> : c.name,
        }))}
      />
      {r && (
        <Card size="small">
          <RollupSummary rollup={r} stats={COCKPIT_STATS} gutter={12} testId="cockpit-stats" />
        </Card>
      )}
      {/* Side by side from a tablet's width up; stacked on a phone, where three charts do not fit. */}
      <Row gutter={[12, 12]}>
        <Col xs={24} md={10}>
          <Card size="small" title={t('cockpit.completionByUnit')}>
            {chartUnits.length ? (
              <EChart
                option={completionOption}
                testId="chart-completion"
                onClick={({ dataIndex }) =>
                  chartUnits[dataIndex]?.childCount && drill(chartUnits[dataIndex].id)
                }
              />
            ) : (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={t('cockpit.noData')}
                style={{ height: 208 }}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} md={7}>
          <Card size="small" title={t('cockpit.overdueBySource')}>
            {bySource.some((s) => s.value > 0) ? (
              <EChart option={sourceOption} testId="chart-source" />
            ) : (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={t('cockpit.noOverdue')}
                style={{ height: 208 }}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} md={7}>
          <Card
            size="small"
            title={t('cockpit.trend')}
            extra={
              <Segmented<TrendGranularity>
                size="small"
                value={granularity}
                onChange={setGranularity}
                data-testid="trend-granularity"
                options={[
                  { value: 'WEEK', label: t('cockpit.byWeek') },
                  { value: 'MONTH', label: t('cockpit.byMonth') },
                ]}
              />
            }
          >
            <div
              data-testid="trend-data"
              data-registered={trend.map((p) => p.registered).join(',')}
              data-closed={trend.map((p) => p.closed).join(',')}
            >
              <EChart option={trendOption} testId="chart-trend" />
            </div>
          </Card>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} xl={16}>
          <Card size="small" title={t('cockpit.subUnits')}>
            <Table<Child>
              rowKey="id"
              size="small"
              data-testid="cockpit-children"
              columns={columns}
              scroll={{ x: 'max-content' }}
              dataSource={children}
              pagination={{ pageSize: 10, size: 'small', hideOnSinglePage: true, showSizeChanger: false }}
              onRow={(c) => ({ 'data-unit': c.name }) as React.HTMLAttributes<HTMLElement>}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={12}>
            <Card size="small" title={`${t('cockpit.redList')} (${red.length})`} data-testid="red-list">
              <RedUnitList
                units={red.map((c) => ({ id: c.id, name: c.name, reason: c.rollup!.lightReason }))}
              />
            </Card>
            <Card
              size="small"
              title={`${t('cockpit.redItems')} (${agg?.redItems.length ?? 0})`}
              data-testid="red-items"
            >
              <RedItemList items={agg?.redItems ?? []} />
            </Card>
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
