import { Button, Checkbox } from 'antd';
import { AssignmentFlags, AssignmentStatusTag, LightBadge } from '../../shared/domain/labels';
import { chinaDate } from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';
import { itemPath } from '../../shared/paths';
import { CardList, RowCard } from '../../shared/ui/RowCard';
import type { SubtreeRow } from './SubtreeTable';

/**
 * 下级办理 on a phone: one card per share — item, unit, status, light with its reason, deadline and progress —
 * stacked to the screen's width (no horizontal scrolling); the card opens the assignment, 催办 sits at its foot.
 */
export function SubtreeCards({
  rows,
  loading,
  selected,
  onSelect,
  canUrge,
  onUrge,
  onOpen,
  empty,
}: {
  /** What the empty list says: nothing open below, or nothing matching the filter. */
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
  return (
    <CardList loading={loading} empty={empty} testId="subtree-cards">
      {rows.map((a) => (
        <RowCard
          key={a.id}
          onClick={() => onOpen(a.id)}
          data-testid="subtree-row"
          data-assignment-id={a.id}
          data-item-id={a.itemId}
          data-unit={a.unit?.name}
          to={itemPath(a.itemId)}
          title={a.item?.title}
          meta={[a.item?.regNumber, a.issuerUnit?.name].filter(Boolean).join(' · ')}
          unit={a.unit?.name}
          status={<AssignmentStatusTag status={a.status} />}
          light={<LightBadge light={a.light} reason={a.lightReason} />}
          deadline={chinaDate(a.deadline)}
          overdue={a.overdue}
          progress={a.progressPercent}
          actions={
            canUrge(a) && (
              <>
                <Checkbox
                  checked={selected.includes(a.id)}
                  onChange={(e) =>
                    onSelect(e.target.checked ? [...selected, a.id] : selected.filter((x) => x !== a.id))
                  }
                >
                  {t('subtree.select')}
                </Checkbox>
                <Button size="small" onClick={() => onUrge(a)} data-testid="subtree-urge">
                  {t('detail.urge')}
                </Button>
              </>
            )
          }
        >
          <AssignmentFlags {...a} />
        </RowCard>
      ))}
    </CardList>
  );
}
