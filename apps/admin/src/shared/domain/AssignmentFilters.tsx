import { useEffect, useState, type ReactNode } from 'react';
import { Button, Checkbox, Flex, Input, Select } from 'antd';
import type {
  AssignmentListFilter,
  AssignmentSort,
  AssignmentSortKey,
  AssignmentStatus,
  Light,
  OrgKind,
} from '../../gql/graphql';
import { useT } from '../i18n/locale';
import type { MessageKey } from '../i18n/messages';
import { useDebounced } from '../use-debounced';
import { ASSIGNMENT_STATUS_TEXT, LIGHT_COLOR } from './labels';
import { LIGHT_LABELS, TEXT_LIMITS } from './rules';

const LIGHTS: Light[] = ['RED', 'YELLOW', 'GREEN'];
const KINDS: OrgKind[] = ['COUNTY', 'TOWNSHIP', 'DEPARTMENT'];
/** The orders every assignment table offers, as "key:direction". */
const SORTS = [
  'DEADLINE:asc',
  'DEADLINE:desc',
  'PROGRESS:desc',
  'PROGRESS:asc',
  'LIGHT:asc',
  'LIGHT:desc',
  'NAME:asc',
  'NAME:desc',
] as const;
type SortChoice = (typeof SORTS)[number];

export interface AssignmentFilterValues {
  status: AssignmentStatus[];
  light: Light[];
  overdue: boolean;
  kind: OrgKind[];
  search: string;
  sort: SortChoice | null;
}

export const NO_ASSIGNMENT_FILTER: AssignmentFilterValues = {
  status: [],
  light: [],
  overdue: false,
  kind: [],
  search: '',
  sort: null,
};

/** The API's filter: an empty choice or an unticked box filters nothing. */
export function toListFilter(v: AssignmentFilterValues): AssignmentListFilter {
  return {
    status: v.status.length ? v.status : null,
    light: v.light.length ? v.light : null,
    overdue: v.overdue || null,
    unitKind: v.kind.length ? v.kind : null,
    search: v.search.trim() || null,
  };
}

/** The API's sort, or null for the table's own order. */
export function toSort(v: AssignmentFilterValues): AssignmentSort | null {
  if (!v.sort) return null;
  const [key, dir] = v.sort.split(':') as [AssignmentSortKey, 'asc' | 'desc'];
  return { key, descending: dir === 'desc' };
}

/** Whether anything narrows or reorders the table (the item page then lists its rows flat). */
export const isFiltered = (v: AssignmentFilterValues) =>
  v.status.length > 0 ||
  v.light.length > 0 ||
  v.overdue ||
  v.kind.length > 0 ||
  !!v.search.trim() ||
  !!v.sort;

interface Props {
  value: AssignmentFilterValues;
  onChange: (next: AssignmentFilterValues) => void;
  /** The statuses the table can hold; none hides the status choice (a tab chooses it). */
  statuses?: AssignmentStatus[];
  /** Offer the unit's kind (not in 待办, where every row is the caller's own unit). */
  kinds?: boolean;
  /** What the search box searches, e.g. 单位、事项或编号. */
  searchLabel: MessageKey;
  /** Checkboxes of the table's own (下级办理's 逾期未签收), after 已逾期. */
  extra?: ReactNode;
  /** Something of the table's own (`extra`) is set: offer the reset too. */
  dirty?: boolean;
  /** data-testid prefix: `<prefix>-status`, `-light`, `-overdue`, `-kind`, `-search`, `-sort`. */
  testId: string;
  phone?: boolean;
}

/**
 * Filter and sort of an assignment table — status, light, 已逾期, unit kind, a name search; deadline,
 * progress, light or name order — the same on every table. The API filters and sorts (the tables are paged);
 * every change applies at once, the search after a pause in typing.
 */
export function AssignmentFilters({
  value,
  onChange,
  statuses,
  kinds,
  searchLabel,
  extra,
  dirty,
  testId,
  phone,
}: Props) {
  const t = useT();
  const set = (patch: Partial<AssignmentFilterValues>) => onChange({ ...value, ...patch });
  const [text, setText] = useState(value.search);
  const typed = useDebounced(text, 300);
  useEffect(() => {
    if (typed !== value.search) onChange({ ...value, search: typed });
    // Only a pause in typing applies the search; the rest of `value` is read as it is then.
  }, [typed]);
  useEffect(() => {
    // A reset from outside clears the box too.
    if (!value.search) setText('');
  }, [value.search]);
  const width = phone ? '100%' : 170;
  return (
    <Flex gap={8} wrap align="center" data-testid={`${testId}-filters`}>
      <Input.Search
        allowClear
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(v) => set({ search: v })}
        placeholder={t(searchLabel)}
        aria-label={t(searchLabel)}
        maxLength={TEXT_LIMITS.search}
        style={{ width: phone ? '100%' : 220 }}
        data-testid={`${testId}-search`}
      />
      {statuses && (
        <Select<AssignmentStatus[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          placeholder={t('subtree.status')}
          aria-label={t('subtree.status')}
          value={value.status}
          onChange={(status) => set({ status })}
          style={{ width }}
          options={statuses.map((s) => ({ value: s, label: t(ASSIGNMENT_STATUS_TEXT[s]) }))}
          data-testid={`${testId}-status`}
        />
      )}
      <Select<Light[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('subtree.light')}
        aria-label={t('subtree.light')}
        value={value.light}
        onChange={(light) => set({ light })}
        style={{ width }}
        options={LIGHTS.map((l) => ({
          value: l,
          label: <span style={{ color: LIGHT_COLOR[l] }}>● {t(LIGHT_LABELS[l])}</span>,
        }))}
        data-testid={`${testId}-light`}
      />
      {kinds && (
        <Select<OrgKind[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          placeholder={t('list.kind')}
          aria-label={t('list.kind')}
          value={value.kind}
          onChange={(kind) => set({ kind })}
          style={{ width }}
          options={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          data-testid={`${testId}-kind`}
        />
      )}
      <Select<SortChoice | null>
        allowClear
        placeholder={t('list.sortDefault')}
        aria-label={t('list.sortDefault')}
        value={value.sort}
        onChange={(sort) => set({ sort: sort ?? null })}
        style={{ width }}
        options={SORTS.map((s) => ({ value: s, label: t(`list.sort.${s}`) }))}
        data-testid={`${testId}-sort`}
      />
      <Checkbox
        checked={value.overdue}
        onChange={(e) => set({ overdue: e.target.checked })}
        data-testid={`${testId}-overdue`}
      >
        {t('subtree.overdue')}
      </Checkbox>
      {extra}
      {(dirty || isFiltered(value)) && (
        <Button size="small" type="link" onClick={() => onChange({ ...NO_ASSIGNMENT_FILTER })}>
          {t('common.reset')}
        </Button>
      )}
    </Flex>
  );
}
