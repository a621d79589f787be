import { Link } from 'react-router';
import { Button, Card, Checkbox, Empty, Flex, Typography } from 'antd';
import { AssignmentFlags, AssignmentStatusTag, LightBadge, PercentBar } from '../../shared/domain/labels';
import { chinaDate } from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';
import { itemPath } from '../../shared/paths';
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
  if (!rows.length) return loading ? <Card loading size="small" /> : <Empty description={empty} />;
  return (
    <Flex vertical gap={8} data-testid="subtree-cards">
      {rows.map((a) => {
        const checked = selected.includes(a.id);
        return (
          <Card
            key={a.id}
            size="small"
            hoverable
            onClick={() => onOpen(a.id)}
            data-testid="subtree-row"
            data-assignment-id={a.id}
            data-item-id={a.itemId}
            data-unit={a.unit?.name}
            styles={{ body: { padding: 12 } }}
          >
            <Flex vertical gap={6}>
              <Link to={itemPath(a.itemId)} onClick={(e) => e.stopPropagation()} style={{ fontWeight: 500 }}>
                {a.item?.title}
              </Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[a.item?.regNumber, a.issuerUnit?.name].filter(Boolean).join(' · ')}
              </Typography.Text>
              <Flex justify="space-between" align="center" gap={8}>
                <Typography.Text strong ellipsis>
                  {a.unit?.name}
                </Typography.Text>
                <AssignmentStatusTag status={a.status} />
              </Flex>
              <LightBadge light={a.light} reason={a.lightReason} />
              <Flex justify="space-between" align="center" gap={12}>
                <Typography.Text type={a.overdue ? 'danger' : undefined} style={{ whiteSpace: 'nowrap' }}>
                  {t('common.deadline')} {chinaDate(a.deadline)}
                </Typography.Text>
                <div style={{ flex: 1, minWidth: 0 }}>
                  <PercentBar percent={a.progressPercent} />
                </div>
              </Flex>
              <AssignmentFlags {...a} />
              {canUrge(a) && (
                <Flex justify="space-between" align="center" onClick={(e) => e.stopPropagation()}>
                  <Checkbox
                    checked={checked}
                    onChange={(e) =>
                      onSelect(e.target.checked ? [...selected, a.id] : selected.filter((x) => x !== a.id))
                    }
                  >
                    {t('subtree.select')}
                  </Checkbox>
                  <Button size="small" onClick={() => onUrge(a)} data-testid="subtree-urge">
                    {t('detail.urge')}
                  </Button>
                </Flex>
              )}
            </Flex>
          </Card>
        );
      })}
    </Flex>
  );
}
