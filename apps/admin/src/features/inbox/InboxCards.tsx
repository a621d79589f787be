import { Checkbox, Tag, Typography } from 'antd';
import type { InboxQuery as InboxResult } from '../../gql/graphql';
import { AssignmentFlags, AssignmentStatusTag, formatDate, LightBadge } from '../../shared/domain/labels';
import { useT } from '../../shared/i18n/locale';
import { itemPath } from '../../shared/paths';
import { CardList, RowCard } from '../../shared/ui/RowCard';
import { UnitActions } from './UnitActions';

export type InboxRow = InboxResult['myAssignments']['edges'][number]['node'];

/** The line under the item: its number, who issued it and the unit's target, if it has one. */
export function InboxMeta({ row: a }: { row: InboxRow }) {
  const t = useT();
  const target =
    a.target != null ? t('inbox.target', { target: `${a.target}${a.item?.targetUnit ?? ''}` }) : null;
  return <>{[a.item?.regNumber, a.issuerUnit?.name, target].filter(Boolean).join(' · ')}</>;
}

/** Why a returned report came back: the latest review comment. */
export function ReturnedReason({ row: a }: { row: InboxRow }) {
  const t = useT();
  if (!a.returned) return null;
  const reason = [...a.reports].reverse().find((r) => r.reviewComment)?.reviewComment ?? '';
  return (
    <Typography.Text type="danger" style={{ fontSize: 12 }}>
      {t('inbox.returnedReason', { reason })}
    </Typography.Text>
  );
}

/**
 * 待办 on a phone: one card per assignment with what the table's row shows and the same buttons (the API's
 * `allowedActions`), and in the 待签收 tab a checkbox for 批量签收.
 */
export function InboxCards({
  rows,
  loading,
  empty,
  selectable,
  selected,
  onSelect,
}: {
  rows: InboxRow[];
  loading: boolean;
  empty: string;
  /** Rows that can be chosen for 批量签收 (null outside the 待签收 tab) and the chosen ones. */
  selectable: ((a: InboxRow) => boolean) | null;
  selected: string[];
  onSelect: (ids: string[]) => void;
}) {
  const t = useT();
  return (
    <CardList loading={loading} empty={empty} testId="inbox-cards">
      {rows.map((a) => (
        <RowCard
          key={a.id}
          data-testid="inbox-card"
          data-item-title={a.item?.title}
          to={itemPath(a.itemId)}
          title={a.item?.title}
          meta={<InboxMeta row={a} />}
          status={<AssignmentStatusTag status={a.status} />}
          light={<LightBadge light={a.light} reason={a.lightReason} />}
          deadline={formatDate(a.deadline)}
          overdue={a.overdue}
          progress={a.progressPercent}
          actions={
            <>
              {selectable?.(a) && (
                <Checkbox
                  checked={selected.includes(a.id)}
                  aria-label={a.item?.title}
                  onChange={(e) =>
                    onSelect(e.target.checked ? [...selected, a.id] : selected.filter((x) => x !== a.id))
                  }
                >
                  {t('subtree.select')}
                </Checkbox>
              )}
              <UnitActions row={a} />
            </>
          }
        >
          <ReturnedReason row={a} />
          {a.item?.instruction && <Tag color="red">{a.item.instruction}</Tag>}
          <AssignmentFlags {...a} />
        </RowCard>
      ))}
    </CardList>
  );
}
