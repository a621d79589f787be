import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Segmented, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { NotificationOutlined } from '@ant-design/icons';
import type { BulletinKind, BulletinsQuery as BulletinsResult } from '../../gql/graphql';
import { useCurrentUser } from '../../shared/auth/current-user';
import { itemPath } from '../../shared/paths';
import { formatDate } from '../../shared/domain/labels';
import { useT } from '../../shared/i18n/locale';
import { PrintButtons } from '../documents/PrintButtons';
import { BulletinsQuery } from './assessment-queries';
import { IssueBulletinModal } from './IssueBulletinModal';

type Bulletin = BulletinsResult['bulletins']['edges'][number]['node'];

/** 督查通报: praise and criticism of units, with the points each one moves on the year-end assessment. */
export default function BulletinsPage() {
  const t = useT();
  const me = useCurrentUser();
  const [kind, setKind] = useState<BulletinKind | 'ALL'>('ALL');
  const [issuing, setIssuing] = useState(false);
  const { data, loading } = useQuery(BulletinsQuery, {
    variables: { kind: kind === 'ALL' ? null : kind, first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const rows = data?.bulletins.edges.map((e) => e.node) ?? [];
  const canIssue = me.roles.includes('SUPERVISOR') || me.roles.includes('LEADER');

  const columns: TableColumnsType<Bulletin> = [
    { title: t('bulletin.number'), dataIndex: 'number', width: 160 },
    {
      title: t('bulletin.title'),
      ellipsis: true,
      render: (_, b) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{b.title}</Typography.Text>
          {b.item && (
            <Link to={itemPath(b.item.id)} style={{ fontSize: 12 }}>
              {b.item.regNumber} {b.item.title}
            </Link>
          )}
        </Space>
      ),
    },
    {
      title: t('bulletin.kind'),
      width: 150,
      render: (_, b) => (
        <Space size={2}>
          <Tag color={b.kind === 'PRAISE' ? 'green' : 'red'}>{t(`bulletin.kind.${b.kind}`)}</Tag>
          <Tag>{t(`bulletin.level.${b.level}`)}</Tag>
        </Space>
      ),
    },
    {
      title: t('bulletin.targets'),
      render: (_, b) => (
        <Space size={4} wrap>
          {b.targets.map((s) => (
            <Tag key={s.id} color={s.points > 0 ? 'green' : 'red'}>
              {s.unit?.name} {s.points > 0 ? `+${s.points}` : s.points}
              {s.admonish ? ` · ${t('score.admonish')}` : ''}
            </Tag>
          ))}
        </Space>
      ),
    },
    { title: t('bulletin.issuer'), width: 100, render: (_, b) => b.issuerUnit?.name },
    { title: t('bulletin.date'), width: 100, render: (_, b) => formatDate(b.createdAt) },
  ];

  return (
    <Card
      size="small"
      title={t('bulletin.pageTitle')}
      extra={
        <Space>
          <Segmented
            value={kind}
            onChange={(v) => setKind(v as BulletinKind | 'ALL')}
            options={[
              { value: 'ALL', label: t('common.all') },
              { value: 'PRAISE', label: t('bulletin.kind.PRAISE') },
              { value: 'CRITICISM', label: t('bulletin.kind.CRITICISM') },
            ]}
          />
          {canIssue && (
            <Button type="primary" icon={<NotificationOutlined />} onClick={() => setIssuing(true)}>
              {t('bulletin.issue')}
            </Button>
          )}
        </Space>
      }
    >
      <Table<Bulletin>
        rowKey="id"
        size="small"
        data-testid="bulletin-table"
        columns={columns}
        dataSource={rows}
        loading={loading && !rows.length}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        expandable={{
          expandedRowRender: (b) => (
            <>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{b.body}</Typography.Paragraph>
              <PrintButtons subjectId={b.id} kinds={b.printableDocuments} size="small" />
            </>
          ),
        }}
        locale={{ emptyText: t(canIssue ? 'bulletin.emptyIssuer' : 'bulletin.empty') }}
      />
      {issuing && <IssueBulletinModal onClose={() => setIssuing(false)} />}
    </Card>
  );
}
