import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  Breadcrumb,
  Button,
  Card,
  InputNumber,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import type { ScoreboardQuery as ScoreboardResult } from '../../gql/graphql';
import { useCurrentUser } from '../../shared/auth/current-user';
import { percent } from '../../shared/domain/labels';
import { useT } from '../../shared/i18n/locale';
import { OrgKindTag } from '../org/OrgKindTag';
import { ScoreboardQuery } from './assessment-queries';

type Row = ScoreboardResult['scoreboard'][number];

/** 考评记分板: each unit below with its score (100 ± bulletins), consequences and 办结率 / 复查复议率. */
export default function ScoreboardPage() {
  const t = useT();
  const me = useCurrentUser();
  const [year, setYear] = useState(new Date().getFullYear());
  const [path, setPath] = useState<{ id: string; name: string }[]>([
    { id: me.orgUnit.id, name: me.orgUnit.name },
  ]);
  const parent = path[path.length - 1];
  const { data, loading } = useQuery(ScoreboardQuery, {
    variables: { parentId: parent.id, year },
    fetchPolicy: 'cache-and-network',
  });
  const rows = [...(data?.scoreboard ?? [])].sort(
    (a, b) => b.score - a.score || (b.completionRate ?? 0) - (a.completionRate ?? 0),
  );

  const columns: TableColumnsType<Row> = [
    {
      title: t('common.unit'),
      fixed: 'left',
      ellipsis: true,
      render: (_, r) => (
        <Space size={4}>
          {r.unit && r.unit.childCount > 0 ? (
            <Button
              type="link"
              size="small"
              style={{ padding: 0 }}
              onClick={() => setPath([...path, { id: r.unitId, name: r.unit?.name ?? '' }])}
            >
              {r.unit.name}
            </Button>
          ) : (
            r.unit?.name
          )}
          {r.unit && <OrgKindTag kind={r.unit.kind} subtype={r.unit.subtype} />}
        </Space>
      ),
    },
    {
      title: t('score.score'),
      width: 70,
      align: 'right',
      render: (_, r) => <Typography.Text strong>{r.score}</Typography.Text>,
    },
    {
      title: t('score.points'),
      width: 80,
      align: 'right',
      render: (_, r) => (r.bulletinPoints > 0 ? `+${r.bulletinPoints}` : r.bulletinPoints),
    },
    { title: t('score.praise'), width: 60, align: 'right', dataIndex: 'praiseCount' },
    { title: t('score.criticism'), width: 60, align: 'right', dataIndex: 'criticismCount' },
    {
      title: t('score.consequences'),
      width: 200,
      render: (_, r) => (
        <Space size={2} wrap>
          {r.admonishment && <Tag color="orange">{t('score.admonish')}</Tag>}
          {r.personAwardIneligible && <Tag color="volcano">{t('score.personIneligible')}</Tag>}
          {r.unitIneligible && <Tag color="red">{t('score.unitIneligible')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('cockpit.completionRate'),
      width: 90,
      align: 'right',
      render: (_, r) => (
        <Typography.Text type={r.completionRate != null && !r.meetsCompletionTarget ? 'danger' : undefined}>
          {percent(r.completionRate)}
        </Typography.Text>
      ),
    },
    { title: t('cockpit.onTimeRate'), width: 90, align: 'right', render: (_, r) => percent(r.onTimeRate) },
    {
      title: <Tooltip title={t('score.returnRateHint')}>{t('score.returnRate')}</Tooltip>,
      width: 90,
      align: 'right',
      render: (_, r) => percent(r.returnRate),
    },
    {
      title: <Tooltip title={t('score.reReviewHint')}>{t('score.reReview')}</Tooltip>,
      width: 100,
      align: 'right',
      render: (_, r) => (
        <Typography.Text type={r.reReviewRate != null && !r.meetsReReviewTarget ? 'danger' : undefined}>
          {percent(r.reReviewRate)}
        </Typography.Text>
      ),
    },
  ];

  return (
    <Card
      size="small"
      title={
        <Breadcrumb
          items={path.map((p, i) => ({
            key: p.id,
            title:
              i < path.length - 1 ? <a onClick={() => setPath(path.slice(0, i + 1))}>{p.name}</a> : p.name,
          }))}
        />
      }
      extra={
        <Space>
          {t('score.year')}
          <InputNumber
            value={year}
            min={2000}
            max={2100}
            onChange={(v) => v && setYear(v)}
            aria-label={t('score.year')}
            style={{ width: 90 }}
          />
        </Space>
      }
    >
      <Table<Row>
        rowKey="unitId"
        size="small"
        data-testid="scoreboard"
        columns={columns}
        dataSource={rows}
        loading={loading && !rows.length}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        // Eleven columns: on a phone the table scrolls sideways within itself, the unit pinned left.
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}
