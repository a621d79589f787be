import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Flex, Grid, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import type { ReportFieldsFragment } from '../../gql/graphql';
import { appendEdges } from '../../shared/api/connections';
import { useCurrentUser } from '../../shared/auth/current-user';
import { AssignmentOperation } from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';
import { AssignmentDrawer } from '../items/AssignmentDrawer';
import { ReviewModal } from '../items/ReviewModal';
import { SubtreeCards } from './SubtreeCards';
import { isFiltered } from '../../shared/domain/AssignmentFilters';
import {
  NO_FILTER,
  SubtreeFilters,
  toFilter,
  toSubtreeSort,
  type SubtreeFilterValues,
} from './SubtreeFilters';
import { SubtreeAssignmentsQuery } from './subtree-queries';
import { SubtreeTable, type SubtreeRow } from './SubtreeTable';
import { useUrge } from './use-urge';

const PAGE = 50;
const canUrge = (a: SubtreeRow) => a.allowedActions.includes(AssignmentOperation.URGE);

/**
 * 下级办理: every open share the office's subtree holds of items issued above it (a city item cascaded straight
 * to its townships included), soonest deadline first — filtered by status, light, 已逾期 and 逾期未签收, paged with
 * "load more", 催办 per row or for the selected rows where the API offers it, and the assignment on a click.
 * A table on a desktop, cards on a phone.
 */
export default function SubtreePage() {
  const t = useT();
  const me = useCurrentUser();
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  const [filter, setFilter] = useState<SubtreeFilterValues>(NO_FILTER);
  const [selected, setSelected] = useState<string[]>([]);
  const [drawer, setDrawer] = useState<string | null>(null);
  const [reviewing, setReviewing] = useState<ReportFieldsFragment | null>(null);
  const { data, previousData, loading, fetchMore } = useQuery(SubtreeAssignmentsQuery, {
    // Filtered and sorted by the API: the list is paged.
    variables: { filter: toFilter(filter), sort: toSubtreeSort(filter), first: PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const conn = (data ?? previousData)?.subtreeAssignments;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  // Only rows still listed and still offering 催办 stay selected.
  const selectable = new Set(rows.filter(canUrge).map((r) => r.id));
  const chosen = selected.filter((id) => selectable.has(id));
  const { urge, element: urgeElement } = useUrge(() => setSelected([]));
  const [more, setMore] = useState(false);

  const filtered = isFiltered(filter) || filter.unsigned;
  const applyFilter = (next: SubtreeFilterValues) => {
    setFilter(next);
    setSelected([]);
  };
  const loadMore = () => {
    if (!conn?.pageInfo.endCursor) return;
    setMore(true);
    void fetchMore({
      variables: { after: conn.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult: next }) => ({
        ...prev,
        subtreeAssignments: appendEdges(prev.subtreeAssignments, next.subtreeAssignments),
      }),
    }).finally(() => setMore(false));
  };

  const list = {
    rows,
    loading,
    selected: chosen,
    onSelect: setSelected,
    canUrge,
    onUrge: (a: SubtreeRow) => urge([a]),
    onOpen: setDrawer,
    empty: t(filtered ? 'list.noMatch' : 'subtree.empty'),
  };

  return (
    <Card
      size="small"
      data-testid="subtree-page"
      title={
        <Flex vertical style={{ padding: '6px 0' }}>
          <span>{t('subtree.title')}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }} ellipsis>
            {t('subtree.subtitle', { unit: me.orgUnit.name })}
          </Typography.Text>
        </Flex>
      }
      styles={phone ? { body: { padding: 8 } } : undefined}
    >
      <Flex vertical gap={12}>
        <SubtreeFilters value={filter} onChange={applyFilter} phone={phone} />
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text type="secondary" data-testid="subtree-total" data-count={conn?.totalCount ?? ''}>
            {t('common.total', { count: conn?.totalCount ?? 0 })}
            {chosen.length > 0 && ` · ${t('subtree.selected', { count: chosen.length })}`}
          </Typography.Text>
          <Button
            type="primary"
            icon={<BellOutlined />}
            disabled={!chosen.length}
            onClick={() => urge(rows.filter((r) => chosen.includes(r.id)))}
            data-testid="subtree-urge-selected"
          >
            {t('subtree.urgeSelected')}
          </Button>
        </Flex>
        {phone ? <SubtreeCards {...list} /> : <SubtreeTable {...list} compact={screens.xl === false} />}
        {conn?.pageInfo.hasNextPage && (
          <Button
            style={{ alignSelf: 'center' }}
            loading={more}
            onClick={loadMore}
            data-testid="subtree-more"
          >
            {t('common.loadMore')} ({rows.length} / {conn.totalCount})
          </Button>
        )}
      </Flex>
      <AssignmentDrawer id={drawer} onClose={() => setDrawer(null)} onReview={setReviewing} />
      <ReviewModal report={reviewing} onClose={() => setReviewing(null)} />
      {urgeElement}
    </Card>
  );
}
