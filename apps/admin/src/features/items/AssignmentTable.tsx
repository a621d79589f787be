import { useQuery } from '@apollo/client/react';
import { Button, Flex, Table, Tag, type TableColumnsType } from 'antd';
import type { AssignmentRowFragment } from '../../gql/graphql';
import { appendEdges } from '../../shared/api/connections';
import {
  AssignmentFlags,
  AssignmentStatusTag,
  formatDate,
  LightBadge,
  PercentBar,
} from '../../shared/domain/labels';
import { useT } from '../../shared/i18n/locale';
import { ItemAssignmentsQuery } from './item-queries';

const PAGE = 50;

/**
 * One level of an item's cascade tree; a split assignment expands into the level below it (loaded when
 * opened), so a cascade to thousands of units never loads at once.
 */
export function AssignmentTable({
  itemId,
  parentId,
  onOpen,
}: {
  itemId: string;
  parentId: string | null;
  onOpen: (id: string) => void;
}) {
  const t = useT();
  const { data, loading, fetchMore } = useQuery(ItemAssignmentsQuery, {
    variables: { id: itemId, parentId, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const conn = data?.supervisionItem?.assignments;
  const rows = conn?.edges.map((e) => e.node) ?? [];

  const columns: TableColumnsType<AssignmentRowFragment> = [
    {
      title: t('common.unit'),
      ellipsis: true,
      render: (_, a) => (
        <Flex gap={4} align="center">
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(a.id)}>
            {a.unit?.name}
          </Button>
          {a.role === 'LEAD' && !a.parentId && <Tag color="blue">{t('role.LEAD')}</Tag>}
        </Flex>
      ),
    },
    {
      title: t('common.status'),
      width: 100,
      render: (_, a) => <AssignmentStatusTag status={a.status} />,
    },
    {
      title: t('common.light'),
      width: 240,
      render: (_, a) => <LightBadge light={a.light} reason={a.lightReason} />,
    },
    { title: t('common.progress'), width: 130, render: (_, a) => <PercentBar percent={a.progressPercent} /> },
    { title: t('common.deadline'), width: 100, render: (_, a) => formatDate(a.deadline) },
    { title: '', width: 170, render: (_, a) => <AssignmentFlags {...a} /> },
    {
      title: t('common.actions'),
      width: 70,
      render: (_, a) => (
        <Button size="small" onClick={() => onOpen(a.id)}>
          {t('common.view')}
        </Button>
      ),
    },
  ];

  return (
    <Flex vertical gap={8}>
      <Table<AssignmentRowFragment>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={loading && !rows.length}
        pagination={false}
        data-testid={parentId ? `assignments-of-${parentId}` : 'assignment-table'}
        onRow={(a) => ({ 'data-unit': a.unit?.name }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: t('detail.noAssignments') }}
        expandable={{
          rowExpandable: (a) => a.childCount > 0,
          expandedRowRender: (a) => <AssignmentTable itemId={itemId} parentId={a.id} onOpen={onOpen} />,
        }}
      />
      {conn?.pageInfo.hasNextPage && (
        <Button
          size="small"
          style={{ alignSelf: 'center' }}
          onClick={() =>
            void fetchMore({
              variables: { after: conn.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => {
                const p = prev.supervisionItem;
                const n = fetchMoreResult.supervisionItem;
                if (!p || !n) return prev;
                return {
                  ...prev,
                  supervisionItem: {
                    ...p,
                    assignments: appendEdges(p.assignments, n.assignments),
                  },
                };
              },
            })
          }
        >
          {t('common.loadMore')} ({rows.length} / {conn.totalCount})
        </Button>
      )}
    </Flex>
  );
}
