import type { HTMLAttributes, MouseEvent } from 'react';
import { Link } from 'react-router';
import { Button, Flex, Space, Table, Typography, type TableColumnsType } from 'antd';
import type { SubtreeAssignmentsQuery } from '../../gql/graphql';
import { AssignmentFlags, AssignmentStatusTag, LightBadge, PercentBar } from '../../shared/domain/labels';
import { chinaDate } from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';
import { itemPath } from '../../shared/paths';

export type SubtreeRow = SubtreeAssignmentsQuery['subtreeAssignments']['edges'][number]['node'];

/** A click on a link, a button or a checkbox does its own thing; anywhere else on the row opens the assignment. */
const ownClick = (e: MouseEvent) =>
  !!(e.target as HTMLElement).closest('a, button, .ant-checkbox-wrapper, .ant-table-selection-column');

/**
 * 下级办理 on a desktop: item (to its page), unit, status, light with its reason, China-time deadline, progress and
 * 催办; rows that can be urged can be selected for a batch 催办. A click on a row opens the assignment. `compact`
 * (a small desktop, e.g. 1093 px) puts the status under the unit and narrows the columns so the item keeps room.
 */
export function SubtreeTable({
  rows,
  loading,
  selected,
  onSelect,
  canUrge,
  onUrge,
  onOpen,
  empty,
  compact = false,
}: {
  compact?: boolean;
  /** What the empty table says: nothing open below, or nothing matching the filter. */
  empty: string;
  rows: SubtreeRow[];
  loading: boolean;
  selected: string[];
  onSelect: (ids: string[]) => void;
  canUrge: (row: SubtreeRow) => boolean;
  onUrge: (row: SubtreeRow) => void;
  onOpen: (id: string) => void;
}) {
  const t = useT();
  const columns: TableColumnsType<SubtreeRow> = [
    {
      title: t('inbox.item'),
      render: (_, a) => (
        <Flex vertical gap={2} style={{ minWidth: 0 }}>
          <Typography.Text ellipsis={{ tooltip: a.item?.title }}>
            <Link to={itemPath(a.itemId)}>{a.item?.title}</Link>
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
            {[a.item?.regNumber, a.issuerUnit?.name].filter(Boolean).join(' · ')}
          </Typography.Text>
          <AssignmentFlags {...a} />
        </Flex>
      ),
    },
    {
      title: compact ? `${t('common.unit')} / ${t('common.status')}` : t('common.unit'),
      width: compact ? 112 : 120,
      render: (_, a) => (
        <Flex vertical gap={2} align="start">
          <Typography.Text strong ellipsis={{ tooltip: a.unit?.name }} style={{ maxWidth: '100%' }}>
            {a.unit?.name}
          </Typography.Text>
          {compact && <AssignmentStatusTag status={a.status} />}
        </Flex>
      ),
    },
    ...(compact
      ? []
      : [
          {
            title: t('common.status'),
            width: 90,
            render: (_: unknown, a: SubtreeRow) => <AssignmentStatusTag status={a.status} />,
          },
        ]),
    {
      title: t('common.light'),
      width: compact ? 170 : 200,
      render: (_, a) => <LightBadge light={a.light} reason={a.lightReason} />,
    },
    {
      title: t('common.deadline'),
      width: 96,
      render: (_, a) => (
        <Typography.Text type={a.overdue ? 'danger' : undefined}>{chinaDate(a.deadline)}</Typography.Text>
      ),
    },
    {
      title: t('common.progress'),
      width: compact ? 110 : 120,
      render: (_, a) => <PercentBar percent={a.progressPercent} />,
    },
    {
      title: t('common.actions'),
      width: 76,
      render: (_, a) => (
        <Space size={4}>
          {canUrge(a) ? (
            <Button size="small" onClick={() => onUrge(a)} data-testid="subtree-urge">
              {t('detail.urge')}
            </Button>
          ) : (
            <Button size="small" type="link" onClick={() => onOpen(a.id)}>
              {t('common.view')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Table<SubtreeRow>
      rowKey="id"
      size="small"
      tableLayout="fixed"
      data-testid="subtree-table"
      columns={columns}
      dataSource={rows}
      loading={loading && !rows.length}
      pagination={false}
      locale={{ emptyText: empty }}
      rowSelection={{
        selectedRowKeys: selected,
        onChange: (keys) => onSelect(keys.map(String)),
        getCheckboxProps: (a) => ({ disabled: !canUrge(a), 'aria-label': a.unit?.name }),
        columnWidth: 36,
      }}
      onRow={(a) =>
        ({
          'data-testid': 'subtree-row',
          'data-assignment-id': a.id,
          'data-item-id': a.itemId,
          'data-unit': a.unit?.name,
          style: { cursor: 'pointer' },
          onClick: (e: MouseEvent) => ownClick(e) || onOpen(a.id),
        }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
