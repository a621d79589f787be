import { Checkbox } from 'antd';
import type { AssignmentSort, AssignmentStatus, SubtreeAssignmentFilter } from '../../gql/graphql';
import {
  AssignmentFilters,
  NO_ASSIGNMENT_FILTER,
  toListFilter,
  toSort,
  type AssignmentFilterValues,
} from '../../shared/domain/AssignmentFilters';
import { useT } from '../../shared/i18n/locale';

/** The open statuses a share of 下级办理 can be in (closed ones are not listed). */
const OPEN_STATUSES: AssignmentStatus[] = ['ASSIGNED', 'IN_PROGRESS', 'AWAITING_SIGNATURE', 'UNDER_REVIEW'];

export interface SubtreeFilterValues extends AssignmentFilterValues {
  unsigned: boolean;
}

export const NO_FILTER: SubtreeFilterValues = { ...NO_ASSIGNMENT_FILTER, unsigned: false };

/** The API's filter: an empty choice or an unticked box filters nothing. */
export function toFilter(v: SubtreeFilterValues): SubtreeAssignmentFilter {
  return { ...toListFilter(v), unsigned: v.unsigned || null };
}

export const toSubtreeSort = (v: SubtreeFilterValues): AssignmentSort | null => toSort(v);

/**
 * The filter and sort of every assignment table (status, light, 已逾期, unit kind, name; deadline, progress,
 * light, name), plus 逾期未签收; every change applies at once. Full-width on a phone.
 */
export function SubtreeFilters({
  value,
  onChange,
  phone,
}: {
  value: SubtreeFilterValues;
  onChange: (next: SubtreeFilterValues) => void;
  phone: boolean;
}) {
  const t = useT();
  return (
    <AssignmentFilters
      value={value}
      // Changes keep 逾期未签收 (they spread `value`); a reset has none, so it clears it as well.
      onChange={(next) => onChange({ unsigned: false, ...next })}
      dirty={value.unsigned}
      statuses={OPEN_STATUSES}
      kinds
      searchLabel="list.search"
      testId="subtree"
      phone={phone}
      extra={
        <Checkbox
          checked={value.unsigned}
          onChange={(e) => onChange({ ...value, unsigned: e.target.checked })}
          data-testid="subtree-unsigned"
        >
          {t('subtree.unsigned')}
        </Checkbox>
      }
    />
  );
}
