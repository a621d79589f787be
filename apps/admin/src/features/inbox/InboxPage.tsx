import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  App,
  Button,
  Card,
  Dropdown,
  Flex,
  Popconfirm,
  Segmented,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { DownOutlined } from '@ant-design/icons';
import type { AssignmentStatus } from '../../gql/graphql';
import { itemPath } from '../../app/paths';
import { appendEdges } from '../../shared/api/connections';
import { describeError } from '../../shared/api/errors';
import {
  AssignmentFlags,
  AssignmentStatusTag,
  formatDate,
  LightBadge,
  PercentBar,
} from '../../shared/domain/labels';
import { useT } from '../../shared/i18n/locale';
import { AcceptMutation, InboxQuery } from './inbox-queries';
import { InboxActionModal, type ActionKind, type InboxRow } from './InboxActions';

const TABS: Record<string, AssignmentStatus[] | null> = {
  ASSIGNED: ['ASSIGNED'],
  IN_PROGRESS: ['IN_PROGRESS'],
  REPORTED: ['AWAITING_SIGNATURE', 'UNDER_REVIEW'],
  DONE: ['DONE'],
  ALL: null,
};
const PAGE = 50;

/** 待办: the caller's unit's assignments — sign for them, split them, report progress and results. */
export default function InboxPage() {
  const t = useT();
  const { message } = App.useApp();
  const [tab, setTab] = useState<keyof typeof TABS>('ASSIGNED');
  const [action, setAction] = useState<{ row: InboxRow; kind: ActionKind } | null>(null);
  const { data, loading, fetchMore } = useQuery(InboxQuery, {
    variables: { status: TABS[tab], first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const [accept, { loading: accepting }] = useMutation(AcceptMutation, {
    context: { inlineErrors: true },
    refetchQueries: ['Inbox'],
    awaitRefetchQueries: true,
  });
  const conn = data?.myAssignments;
  const rows = conn?.edges.map((e) => e.node) ?? [];

  const tabLabel = (key: string) =>
    key === 'REPORTED'
      ? `${t('asgStatus.AWAITING_SIGNATURE')}/${t('asgStatus.UNDER_REVIEW')}`
      : key === 'ALL'
        ? t('common.all')
        : t(`asgStatus.${key as AssignmentStatus}`);

  const columns: TableColumnsType<InboxRow> = [
    {
      title: t('inbox.item'),
      ellipsis: true,
      render: (_, a) => (
        <Flex vertical>
          <Link to={itemPath(a.itemId)}>{a.item?.title}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {a.item?.regNumber} · {a.issuerUnit?.name}
            {a.target != null
              ? ` · ${t('inbox.target', { target: `${a.target}${a.item?.targetUnit ?? ''}` })}`
              : ''}
          </Typography.Text>
          {a.returned && (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              {t('inbox.returnedReason', {
                reason: [...a.reports].reverse().find((r) => r.reviewComment)?.reviewComment ?? '',
              })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: t('common.deadline'), width: 100, render: (_, a) => formatDate(a.deadline) },
    { title: t('common.status'), width: 95, render: (_, a) => <AssignmentStatusTag status={a.status} /> },
    {
      title: t('common.light'),
      width: 70,
      render: (_, a) => <LightBadge light={a.light} reason={a.lightReason} compact />,
    },
    { title: t('common.progress'), width: 120, render: (_, a) => <PercentBar percent={a.progressPercent} /> },
    { title: '', width: 120, render: (_, a) => <AssignmentFlags {...a} /> },
    {
      title: t('common.actions'),
      width: 250,
      render: (_, a) => {
        if (a.status === 'ASSIGNED')
          return (
            <Popconfirm
              title={t('inbox.acceptConfirm')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                accept({ variables: { id: a.id } }).then(
                  () => void message.success(t('inbox.accepted')),
                  (err: unknown) => void message.error(describeError(err)),
                )
              }
            >
              <Button type="primary" size="small" loading={accepting} data-testid="inbox-accept">
                {t('inbox.accept')}
              </Button>
            </Popconfirm>
          );
        if (a.status !== 'IN_PROGRESS') return null;
        return (
          <Space size={4}>
            <Button
              size="small"
              onClick={() => setAction({ row: a, kind: 'progress' })}
              data-testid="inbox-progress"
            >
              {t('inbox.progress')}
            </Button>
            <Button
              size="small"
              type="primary"
              onClick={() => setAction({ row: a, kind: 'report' })}
              data-testid="inbox-report"
            >
              {t('inbox.report')}
            </Button>
            <Dropdown
              menu={{
                items: [
                  { key: 'delegate', label: t('inbox.delegate') },
                  { key: 'extension', label: t('inbox.extension'), disabled: a.extensionPending },
                  { key: 'escalate', label: t('inbox.escalate'), disabled: a.escalated },
                ],
                onClick: ({ key }) => setAction({ row: a, kind: key as ActionKind }),
              }}
            >
              <Button size="small">
                <DownOutlined />
              </Button>
            </Dropdown>
          </Space>
        );
      },
    },
  ];

  return (
    <Card
      size="small"
      title={t('inbox.title')}
      extra={
        <Segmented
          value={tab}
          onChange={(v) => setTab(v as keyof typeof TABS)}
          options={Object.keys(TABS).map((k) => ({ value: k, label: tabLabel(k) }))}
          data-testid="inbox-tabs"
        />
      }
    >
      <Table<InboxRow>
        rowKey="id"
        size="small"
        data-testid="inbox-table"
        columns={columns}
        dataSource={rows}
        loading={loading && !rows.length}
        pagination={false}
        scroll={{ x: 960 }}
        onRow={(a) => ({ 'data-item-title': a.item?.title }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: t('inbox.empty') }}
        expandable={{
          rowExpandable: (a) => !!a.item?.instruction,
          expandedRowRender: (a) => <Tag color="red">{a.item?.instruction}</Tag>,
        }}
      />
      {conn?.pageInfo.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 8 }}>
          <Button
            size="small"
            onClick={() =>
              void fetchMore({
                variables: { after: conn.pageInfo.endCursor },
                updateQuery: (prev, { fetchMoreResult: next }) => ({
                  myAssignments: appendEdges(prev.myAssignments, next.myAssignments),
                }),
              })
            }
          >
            {t('common.loadMore')} ({rows.length} / {conn.totalCount})
          </Button>
        </Flex>
      )}
      {action && <InboxActionModal {...action} onClose={() => setAction(null)} />}
    </Card>
  );
}
