import { Button, Checkbox, Flex, Select } from 'antd';
import type { AssignmentStatus, Light, SubtreeAssignmentFilter } from '../../gql/graphql';
import { ASSIGNMENT_STATUS_TEXT, LIGHT_COLOR } from '../../shared/domain/labels';
import { LIGHT_LABELS } from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';

/** The open statuses a share of 下级办理 can be in (closed ones are not listed). */
const OPEN_STATUSES: AssignmentStatus[] = ['ASSIGNED', 'IN_PROGRESS', 'AWAITING_SIGNATURE', 'UNDER_REVIEW'];
const LIGHTS: Light[] = ['RED', 'YELLOW', 'GREEN'];

export interface SubtreeFilterValues {
  status: AssignmentStatus[];
  light: Light[];
  overdue: boolean;
  unsigned: boolean;
}

export const NO_FILTER: SubtreeFilterValues = { status: [], light: [], overdue: false, unsigned: false };

/** The API's filter: an empty choice or an unticked box filters nothing. */
export function toFilter(v: SubtreeFilterValues): SubtreeAssignmentFilter {
  return {
    status: v.status.length ? v.status : null,
    light: v.light.length ? v.light : null,
    overdue: v.overdue || null,
    unsigned: v.unsigned || null,
  };
}

/** Status, light, 已逾期 and 逾期未签收; every change applies at once. Full-width selects on a phone. */
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
  const set = (patch: Partial<SubtreeFilterValues>) => onChange({ ...value, ...patch });
  const selectWidth = phone ? '100%' : 220;
  const dirty = value.status.length > 0 || value.light.length > 0 || value.overdue || value.unsigned;
  return (
    <Flex gap={8} wrap align="center" data-testid="subtree-filters">
      <Select<AssignmentStatus[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('subtree.status')}
        value={value.status}
        onChange={(status) => set({ status })}
        style={{ width: selectWidth }}
        options={OPEN_STATUSES.map((s) => ({ value: s, label: t(ASSIGNMENT_STATUS_TEXT[s]) }))}
        data-testid="subtree-status"
      />
      <Select<Light[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('subtree.light')}
        value={value.light}
        onChange={(light) => set({ light })}
        style={{ width: selectWidth }}
        options={LIGHTS.map((l) => ({
          value: l,
          label: <span style={{ color: LIGHT_COLOR[l] }}>● {t(LIGHT_LABELS[l])}</span>,
        }))}
        data-testid="subtree-light"
      />
      <Checkbox
        checked={value.overdue}
        onChange={(e) => set({ overdue: e.target.checked })}
        data-testid="subtree-overdue"
      >
        {t('subtree.overdue')}
      </Checkbox>
      <Checkbox
        checked={value.unsigned}
        onChange={(e) => set({ unsigned: e.target.checked })}
        data-testid="subtree-unsigned"
      >
        {t('subtree.unsigned')}
      </Checkbox>
      {dirty && (
        <Button size="small" type="link" onClick={() => onChange(NO_FILTER)}>
          {t('common.reset')}
        </Button>
      )}
    </Flex>
  );
}
