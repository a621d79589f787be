import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Flex, Spin, Tag } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import type { AssignmentStatus, ItemStatus } from '../../gql/graphql';
import { appendEdges } from '../../shared/api/connections';
import {
  AssignmentFilters,
  isFiltered,
  NO_ASSIGNMENT_FILTER,
  toListFilter,
  toSort,
  type AssignmentFilterValues,
} from '../../shared/domain/AssignmentFilters';
import { formatDate, ItemStatusTag } from '../../shared/domain/labels';
import { AssignmentOperation } from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';
import { useUrge } from '../subtree/use-urge';
import { ChainRow } from './ChainRow';
import { ItemAssignmentsQuery } from './item-queries';
import './chain-tree.css';

const PAGE = 50;
const COLUMNS = 6;
const STATUSES: AssignmentStatus[] = [
  'ASSIGNED',
  'IN_PROGRESS',
  'AWAITING_SIGNATURE',
  'UNDER_REVIEW',
  'DONE',
  'WITHDRAWN',
];

/** What the chain shows of the item itself: the office that issued it, at the root. */
export interface ChainItem {
  id: string;
  status: ItemStatus;
  deadline: string;
  targetUnit?: string | null;
  issuerUnit?: { id: string; name: string } | null;
}

/**
 * 办理链条: the item's assignments as one tree, city → county → township → department, each link with its
 * unit, status, light and its reason, deadline, progress and latest report (status, signer, signing time).
 * The issuing office is the root; below it the top of the tree as the caller sees it (a unit that holds a
 * share of a higher item sees its own share there). Each link opens level by level, loading its children
 * when opened; a level that has a single link opens by itself. Clicking a link opens it (`onOpen`).
 * Filtered or sorted (status, light, 已逾期, unit kind, name; deadline, progress, light, name), the table lists
 * every matching link of the caller's scope flat instead, filtered and sorted by the API (it is paged).
 */
export function ChainTree({ item, onOpen }: { item: ChainItem; onOpen: (assignmentId: string) => void }) {
  const t = useT();
  const [filter, setFilter] = useState<AssignmentFilterValues>(NO_ASSIGNMENT_FILTER);
  const flat = isFiltered(filter);
  return (
    <div className="chain" data-testid="chain-tree">
      <div style={{ marginBottom: 8 }}>
        <AssignmentFilters
          value={filter}
          onChange={setFilter}
          statuses={STATUSES}
          kinds
          searchLabel="list.search"
          testId="chain"
        />
      </div>
      <table
        className="chain-grid"
        role="treegrid"
        aria-label={t('chain.title')}
        data-testid="assignment-table"
      >
        <colgroup>
          <col />
          <col className="chain-col-status" />
          <col className="chain-col-light" />
          <col className="chain-col-deadline" />
          <col className="chain-col-progress" />
          <col className="chain-col-report" />
        </colgroup>
        <thead>
          <tr>
            <th>{t('common.unit')}</th>
            <th>{t('common.status')}</th>
            <th>{t('common.light')}</th>
            <th>{t('common.deadline')}</th>
            <th>{t('common.progress')}</th>
            <th>{t('chain.report')}</th>
          </tr>
        </thead>
        <tbody>
          <tr className="chain-root" aria-level={1} aria-expanded data-testid="chain-root">
            <td className="chain-unit">
              <Flex gap={6} align="center" wrap>
                <strong>{item.issuerUnit?.name}</strong>
                <Tag>{t('chain.issuer')}</Tag>
              </Flex>
            </td>
            <td>
              <ItemStatusTag status={item.status} />
            </td>
            <td />
            <td>
              <span className="chain-label">{t('common.deadline')}</span>
              {formatDate(item.deadline)}
            </td>
            <td />
            <td />
          </tr>
          {flat ? (
            <ChainFlat
              itemId={item.id}
              filter={filter}
              targetUnit={item.targetUnit ?? null}
              issuerId={item.issuerUnit?.id ?? null}
              onOpen={onOpen}
            />
          ) : (
            <ChainLevel
              itemId={item.id}
              parentId={null}
              depth={1}
              targetUnit={item.targetUnit ?? null}
              issuerId={item.issuerUnit?.id ?? null}
              onOpen={onOpen}
            />
          )}
        </tbody>
      </table>
    </div>
  );
}

interface LevelProps {
  itemId: string;
  parentId: string | null;
  depth: number;
  targetUnit: string | null;
  /** The item's issuing office: a top link assigned by another office (a share split above) names it. */
  issuerId?: string | null;
  onOpen: (assignmentId: string) => void;
}

/** One level of the chain, a page at a time: the rows of `parentId`'s children (or the top), each with its own. */
function ChainLevel({ itemId, parentId, depth, targetUnit, issuerId, onOpen }: LevelProps) {
  const t = useT();
  const { data, loading, fetchMore } = useQuery(ItemAssignmentsQuery, {
    variables: { id: itemId, parentId, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const conn = data?.supervisionItem?.assignments;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  const style = { '--depth': depth } as React.CSSProperties;

  if (!rows.length)
    return loading || parentId ? (
      <tr style={style} aria-level={depth + 1}>
        <td className="chain-unit" colSpan={COLUMNS}>
          {loading ? <Spin size="small" /> : <span className="chain-sub">{t('chain.noSubUnits')}</span>}
        </td>
      </tr>
    ) : (
      <tr style={style}>
        <td className="chain-unit chain-sub" colSpan={COLUMNS}>
          {t('detail.noAssignments')}
        </td>
      </tr>
    );

  const loadMore = () =>
    void fetchMore({
      variables: { after: conn?.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => {
        const p = prev.supervisionItem;
        const n = fetchMoreResult.supervisionItem;
        if (!p?.assignments || !n?.assignments) return prev;
        return { ...prev, supervisionItem: { ...p, assignments: appendEdges(p.assignments, n.assignments) } };
      },
    });

  return (
    <>
      {rows.map((a) => (
        <ChainRow
          key={a.id}
          link={a}
          depth={depth}
          targetUnit={targetUnit}
          issuerId={issuerId}
          onOpen={onOpen}
          startOpen={rows.length === 1}
          below={() => (
            <ChainLevel
              itemId={a.itemId}
              parentId={a.id}
              depth={depth + 1}
              targetUnit={targetUnit}
              onOpen={onOpen}
            />
          )}
        />
      ))}
      {conn?.pageInfo.hasNextPage && (
        <tr className="chain-more" style={style}>
          <td colSpan={COLUMNS}>
            <Button size="small" onClick={loadMore}>
              {t('common.loadMore')} ({rows.length} / {conn.totalCount})
            </Button>
          </td>
        </tr>
      )}
    </>
  );
}

/** Every link of the caller's scope that matches the filter, in its order, a page at a time (no levels). */
function ChainFlat({
  itemId,
  filter,
  targetUnit,
  issuerId,
  onOpen,
}: Omit<LevelProps, 'parentId' | 'depth'> & { filter: AssignmentFilterValues }) {
  const t = useT();
  const { data, previousData, loading, fetchMore } = useQuery(ItemAssignmentsQuery, {
    variables: { id: itemId, flat: true, filter: toListFilter(filter), sort: toSort(filter), first: PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const conn = (data ?? previousData)?.supervisionItem?.assignmentList;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  // 批量催办 of the links listed that the API lets the caller urge (e.g. after filtering 已逾期).
  const urgeable = rows.filter((a) => a.allowedActions.includes(AssignmentOperation.URGE));
  const { urge, element: urging } = useUrge();
  if (!rows.length)
    return (
      <tr data-testid="chain-flat-empty">
        <td className="chain-unit chain-sub" colSpan={COLUMNS}>
          {loading ? <Spin size="small" /> : t('list.noMatch')}
        </td>
      </tr>
    );
  const loadMore = () =>
    void fetchMore({
      variables: { after: conn?.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => {
        const p = prev.supervisionItem;
        const n = fetchMoreResult.supervisionItem;
        if (!p?.assignmentList || !n?.assignmentList) return prev;
        return {
          ...prev,
          supervisionItem: { ...p, assignmentList: appendEdges(p.assignmentList, n.assignmentList) },
        };
      },
    });
  return (
    <>
      {rows.map((a) => (
        <ChainRow
          key={a.id}
          link={a}
          depth={1}
          targetUnit={targetUnit}
          issuerId={issuerId}
          onOpen={onOpen}
          startOpen={false}
        />
      ))}
      <tr className="chain-more" data-testid="chain-flat-total" data-count={conn?.totalCount ?? 0}>
        <td colSpan={COLUMNS}>
          <Flex gap={8} align="center">
            <span className="chain-sub">{t('common.total', { count: conn?.totalCount ?? 0 })}</span>
            {conn?.pageInfo.hasNextPage && (
              <Button size="small" onClick={loadMore}>
                {t('common.loadMore')} ({rows.length} / {conn.totalCount})
              </Button>
            )}
            {urgeable.length > 0 && (
              <Button
                size="small"
                icon={<BellOutlined />}
                onClick={() => urge(urgeable)}
                data-testid="chain-urge-listed"
              >
                {t('chain.urgeListed', { count: urgeable.length })}
              </Button>
            )}
          </Flex>
          {urging}
        </td>
      </tr>
    </>
  );
}
