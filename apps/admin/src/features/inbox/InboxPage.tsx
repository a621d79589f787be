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
import { itemPath } from '../../shared/paths';
import { appendEdges } from '../../shared/api/connections';
import { describeError } from '../../shared/api/errors';
import {
  ASSIGNMENT_STATUS_TEXT,
  AssignmentFlags,
  AssignmentStatusTag,
  formatDate,
  LightBadge,
  PercentBar,
} from '../../shared/domain/labels';
import { allowedAssignmentActions, AssignmentAction } from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';
import type { MessageKey } from '../../shared/i18n/messages';
import { AcceptMutation, InboxQuery } from './inbox-queries';
import {
  INBOX_ACTIONS,
  InboxActionModal,
  type DialogAction,
  type InboxAction,
  type InboxRow,
} from './InboxActions';

const TABS: Record<string, AssignmentStatus[] | null> = {
  ASSIGNED: ['ASSIGNED'],
  IN_PROGRESS: ['IN_PROGRESS'],
  REPORTED: ['AWAITING_SIGNATURE', 'UNDER_REVIEW'],
  DONE: ['DONE'],
  ALL: null,
};
const PAGE = 50;

/**
 * What may be done with a row now. The rules' state machine decides for now; the API's `allowedActions` field
 * (which also knows the caller's roles and the row's flags) will replace this body.
 */
const actionsFor = (row: InboxRow) => allowedAssignmentActions(row.status);

const A = AssignmentAction;
/** Behind the row's ⌄ menu, in this order; each is refused while its flag says it is already under way. */
const MENU: { action: DialogAction; label: MessageKey; busy?: (row: InboxRow) => boolean }[] = [
  { action: A.DELEGATE, label: 'inbox.delegate' },
  { action: A.REQUEST_EXTENSION, label: 'inbox.extension', busy: (row) => row.extensionPending },
  { action: A.ESCALATE, label: 'inbox.escalate', busy: (row) => row.escalated },
];

/** 待办: the caller's unit's assignments — sign for them, split them, report progress and results. */
export default function InboxPage() {
  const t = useT();
  const { message } = App.useApp();
  const [tab, setTab] = useState<keyof typeof TABS>('ASSIGNED');
  const [action, setAction] = useState<{ row: InboxRow; kind: DialogAction } | null>(null);
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
    key === 'ALL' ? t('common.all') : (TABS[key] ?? []).map((s) => t(ASSIGNMENT_STATUS_TEXT[s])).join('/');

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
        const actions = actionsFor(a);
        const can = (x: InboxAction) => actions.includes(x);
        if (!INBOX_ACTIONS.some(can)) return null;
        const menu = MENU.filter((m) => can(m.action));
        return (
          <Space size={4}>
            {can(A.ACCEPT) && (
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
            )}
            {can(A.SUBMIT_PROGRESS) && (
              <Button
                size="small"
                onClick={() => setAction({ row: a, kind: A.SUBMIT_PROGRESS })}
                data-testid="inbox-progress"
              >
                {t('inbox.progress')}
              </Button>
            )}
            {can(A.SUBMIT_REPORT) && (
              <Button
                size="small"
                type="primary"
                onClick={() => setAction({ row: a, kind: A.SUBMIT_REPORT })}
                data-testid="inbox-report"
              >
                {t('inbox.report')}
              </Button>
            )}
            {menu.length > 0 && (
              <Dropdown
                menu={{
                  items: menu.map((m) => ({ key: m.action, label: t(m.label), disabled: m.busy?.(a) })),
                  onClick: ({ key }) => {
                    const kind = menu.find((m) => m.action === key)?.action;
                    if (kind) setAction({ row: a, kind });
                  },
                }}
              >
                <Button size="small" aria-label={t('common.actions')} data-testid="inbox-more">
                  <DownOutlined />
                </Button>
              </Dropdown>
            )}
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
