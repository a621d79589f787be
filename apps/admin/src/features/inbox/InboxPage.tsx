import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Flex, Segmented, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { AssignmentStatus } from '../../gql/graphql';
import { itemPath } from '../../shared/paths';
import { appendEdges } from '../../shared/api/connections';
import {
  ASSIGNMENT_STATUS_TEXT,
  AssignmentFlags,
  AssignmentStatusTag,
  formatDate,
  LightBadge,
  PercentBar,
} from '../../shared/domain/labels';
import {
  AssignmentFilters,
  isFiltered,
  NO_ASSIGNMENT_FILTER,
  toListFilter,
  toSort,
  type AssignmentFilterValues,
} from '../../shared/domain/AssignmentFilters';
import { useT } from '../../shared/i18n/locale';
import type { MessageKey } from '../../shared/i18n/messages';
import { InboxQuery } from './inbox-queries';
import { AssignmentOperation } from '../../shared/domain/rules';
import { BatchAccept } from './BatchAccept';
import { UnitActions } from './UnitActions';
import { useIsPhone } from '../../shared/ui/RowCard';
import { InboxCards, InboxMeta, ReturnedReason, type InboxRow } from './InboxCards';

const TABS: Record<string, AssignmentStatus[] | null> = {
  ASSIGNED: ['ASSIGNED'],
  IN_PROGRESS: ['IN_PROGRESS'],
  REPORTED: ['AWAITING_SIGNATURE', 'UNDER_REVIEW'],
  DONE: ['DONE'],
  ALL: null,
};
const PAGE = 50;
/** What an empty tab says, and what to do next. */
const INBOX_EMPTY: Record<keyof typeof TABS, MessageKey> = {
  ASSIGNED: 'inbox.emptyAssigned',
  IN_PROGRESS: 'inbox.emptyInProgress',
  REPORTED: 'inbox.emptyReported',
  DONE: 'inbox.emptyDone',
  ALL: 'inbox.empty',
};

/** 待办: the caller's unit's assignments — sign for them, split them, report progress and results. */
export default function InboxPage() {
  const t = useT();
  const [tab, setTab] = useState<keyof typeof TABS>('ASSIGNED');
  const [filter, setFilter] = useState<AssignmentFilterValues>(NO_ASSIGNMENT_FILTER);
  // Filtered and sorted by the API (the list is paged), within the tab's statuses.
  const { data, previousData, loading, fetchMore } = useQuery(InboxQuery, {
    variables: { status: TABS[tab], filter: toListFilter(filter), sort: toSort(filter), first: PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const conn = (data ?? previousData)?.myAssignments;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  // 批量签收 in the 待签收 tab: only rows still listed and still offering 签收 stay selected.
  const [selected, setSelected] = useState<string[]>([]);
  const canAccept = (a: InboxRow) => a.allowedActions.includes(AssignmentOperation.ACCEPT);
  const batch = tab === 'ASSIGNED';
  const chosen = rows.filter((a) => batch && canAccept(a) && selected.includes(a.id));

  const phone = useIsPhone();
  const empty = t(isFiltered(filter) ? 'list.noMatch' : INBOX_EMPTY[tab]);

  const tabLabel = (key: string) =>
    key === 'ALL' ? t('common.all') : (TABS[key] ?? []).map((s) => t(ASSIGNMENT_STATUS_TEXT[s])).join('/');

  const columns: TableColumnsType<InboxRow> = [
    {
      title: t('inbox.item'),
      // The title keeps one line (all of it on hover); the flags sit under it rather than in a column of their own.
      render: (_, a) => (
        <Flex vertical align="start" style={{ minWidth: 0 }}>
          <Typography.Text ellipsis={{ tooltip: a.item?.title }} style={{ maxWidth: '100%' }}>
            <Link to={itemPath(a.itemId)}>{a.item?.title}</Link>
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, maxWidth: '100%' }} ellipsis>
            <InboxMeta row={a} />
          </Typography.Text>
          <ReturnedReason row={a} />
          <AssignmentFlags {...a} />
        </Flex>
      ),
    },
    { title: t('common.deadline'), width: 100, render: (_, a) => formatDate(a.deadline) },
    // Wide enough for the longest English status tag ("Awaiting signature").
    { title: t('common.status'), width: 140, render: (_, a) => <AssignmentStatusTag status={a.status} /> },
    {
      title: t('common.light'),
      width: 80,
      render: (_, a) => <LightBadge light={a.light} reason={a.lightReason} compact />,
    },
    { title: t('common.progress'), width: 130, render: (_, a) => <PercentBar percent={a.progressPercent} /> },
    {
      title: t('common.actions'),
      width: 250,
      // Pinned right: on a narrow desktop the table scrolls sideways, the buttons stay in view.
      fixed: 'right',
      // Exactly what the API offers on the row (`allowedActions`).
      render: (_, a) => <UnitActions row={a} />,
    },
  ];

  return (
    <Card
      size="small"
      title={t('inbox.title')}
      extra={
        <Segmented
          value={tab}
          onChange={(v) => {
            setTab(v as keyof typeof TABS);
            setSelected([]);
          }}
          options={Object.keys(TABS).map((k) => ({ value: k, label: tabLabel(k) }))}
          data-testid="inbox-tabs"
          className="header-switch"
        />
      }
    >
      <Flex gap={8} justify="space-between" align="start" wrap>
        <AssignmentFilters
          value={filter}
          onChange={setFilter}
          // The tabs choose the status; every row is the unit's own, so there is no unit kind to choose.
          searchLabel="list.searchItem"
          testId="inbox"
        />
        {batch && <BatchAccept rows={chosen} onDone={() => setSelected([])} />}
      </Flex>
      {phone ? (
        <div style={{ marginTop: 12 }}>
          <InboxCards
            rows={rows}
            loading={loading}
            empty={empty}
            selectable={batch ? canAccept : null}
            selected={selected}
            onSelect={setSelected}
          />
        </div>
      ) : (
        <Table<InboxRow>
          style={{ marginTop: 12 }}
          rowKey="id"
          size="small"
          data-testid="inbox-table"
          tableLayout="fixed"
          columns={columns}
          dataSource={rows}
          loading={loading && !rows.length}
          pagination={false}
          scroll={{ x: 1000 }}
          onRow={(a) => ({ 'data-item-title': a.item?.title }) as React.HTMLAttributes<HTMLElement>}
          rowSelection={
            batch
              ? {
                  selectedRowKeys: chosen.map((a) => a.id),
                  onChange: (keys) => setSelected(keys.map(String)),
                  getCheckboxProps: (a) => ({ disabled: !canAccept(a), 'aria-label': a.item?.title }),
                  columnWidth: 36,
                }
              : undefined
          }
          locale={{ emptyText: empty }}
          expandable={{
            rowExpandable: (a) => !!a.item?.instruction,
            expandedRowRender: (a) => <Tag color="red">{a.item?.instruction}</Tag>,
          }}
        />
      )}
      {conn?.pageInfo.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 8 }}>
          <Button
            size="small"
            onClick={() =>
              void fetchMore({
                variables: { after: conn.pageInfo.endCursor },
                updateQuery: (prev, { fetchMoreResult: next }) => ({
                  ...prev,
                  myAssignments: appendEdges(prev.myAssignments, next.myAssignments),
                }),
              })
            }
          >
            {t('common.loadMore')} ({rows.length} / {conn.totalCount})
          </Button>
        </Flex>
      )}
    </Card>
  );
}
