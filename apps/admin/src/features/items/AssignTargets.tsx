import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Flex, Form, InputNumber, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { CascadeSelector, OrgKind } from '../../gql/graphql';
import { shareBalance } from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';
import type { MessageKey } from '../../shared/i18n/messages';
import { OrgUnitPicker } from '../org/OrgUnitPicker';
import { PreviewAssignmentQuery } from './item-queries';

/** Whole levels a cascade can target, as the offices name them. */
const SCOPES = {
  TOWNSHIP: { kind: 'TOWNSHIP', label: 'cascade.TOWNSHIP' },
  COUNTY: { kind: 'COUNTY', label: 'cascade.COUNTY' },
  DEPT_CITY: { kind: 'DEPARTMENT', subtype: '市直', label: 'cascade.DEPT_CITY' },
  DEPT_COUNTY: { kind: 'DEPARTMENT', subtype: '县直', label: 'cascade.DEPT_COUNTY' },
  DEPT_TOWN: { kind: 'DEPARTMENT', subtype: '乡直', label: 'cascade.DEPT_TOWN' },
  DEPARTMENT: { kind: 'DEPARTMENT', label: 'cascade.DEPARTMENT' },
} satisfies Record<string, { kind: OrgKind; subtype?: string; label: MessageKey }>;
export type CascadeScope = keyof typeof SCOPES;

export interface CascadeRow {
  underUnitId?: string;
  scope?: CascadeScope;
}

export function toSelectors(rows: (CascadeRow | undefined)[] | undefined): CascadeSelector[] {
  return (rows ?? []).flatMap((r) => {
    if (!r?.underUnitId || !r.scope) return [];
    const s: { kind: OrgKind; subtype?: string } = SCOPES[r.scope];
    return [{ underUnitId: r.underUnitId, kind: s.kind, subtype: s.subtype ?? null }];
  });
}

/** Form.List of cascade rows: "under <unit>, <level>", e.g. under 睢县, all townships. */
export function CascadeList({ name = 'cascade' }: { name?: string }) {
  const t = useT();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={8} data-testid="cascade-list">
          {fields.map((field) => (
            <Flex key={field.key} gap={8} align="start" data-testid="cascade-row">
              <Form.Item name={[field.name, 'underUnitId']} noStyle>
                <OrgUnitPicker
                  rootSelectable
                  placeholder={t('item.cascadeUnder')}
                  style={{ width: 260 }}
                  data-testid="cascade-under"
                />
              </Form.Item>
              <Form.Item name={[field.name, 'scope']} noStyle>
                <Select<CascadeScope>
                  data-testid="cascade-scope"
                  placeholder={t('item.cascadeKind')}
                  style={{ width: 200 }}
                  options={Object.entries(SCOPES).map(([value, s]) => ({
                    value: value as CascadeScope,
                    label: t(s.label),
                  }))}
                />
              </Form.Item>
              <Button
                icon={<DeleteOutlined />}
                aria-label={t('common.cancel')}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({})}
            style={{ alignSelf: 'start' }}
            data-testid="cascade-add"
          >
            {t('item.cascadeAdd')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

function useDebounced<T>(value: T, ms: number): T {
  const key = JSON.stringify(value);
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(JSON.parse(key) as T), ms);
    return () => clearTimeout(timer);
  }, [key, ms]);
  return debounced;
}

/** How many assignments these targets would create, counted by the API with the same SQL it assigns with. */
export function useAssignPreview(targets: string[], cascade: CascadeSelector[]) {
  const vars = useDebounced({ targets, cascade }, 300);
  const empty = !vars.targets.length && !vars.cascade.length;
  const { data, loading, error } = useQuery(PreviewAssignmentQuery, {
    variables: vars,
    skip: empty,
    context: { inlineErrors: true },
    fetchPolicy: 'network-only',
  });
  return { count: empty ? 0 : (data?.previewAssignment ?? null), loading, error, empty };
}

export function PreviewAlert({ preview }: { preview: ReturnType<typeof useAssignPreview> }) {
  const t = useT();
  if (preview.empty) return <Alert type="info" showIcon title={t('item.previewNone')} />;
  if (preview.loading || preview.count == null)
    return <Alert type="info" showIcon title={t('item.previewing')} />;
  return (
    <Alert
      type={preview.count ? 'success' : 'warning'}
      showIcon
      data-testid="assign-preview"
      data-count={preview.count}
      title={t('item.preview', { count: preview.count })}
    />
  );
}

/** A named unit and its quantified share (分解指标), as the share rows of a form hold them. */
export interface ShareRow {
  unitId?: string;
  target?: number | null;
}

/** The rows that name a unit, as ShareInput (a blank share is sent as none). */
export function toShares(
  rows: (ShareRow | undefined)[] | undefined,
): { unitId: string; target: number | null }[] {
  return (rows ?? []).flatMap((r) => (r?.unitId ? [{ unitId: r.unitId, target: r.target ?? null }] : []));
}

/** Form.List of units, each with its share: 交办 of a quantified item. */
export function SharesList({ name = 'shares' }: { name?: string }) {
  const t = useT();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={8} data-testid="share-list">
          {fields.map((f) => (
            <Flex key={f.key} gap={8} data-testid="share-row">
              <Form.Item name={[f.name, 'unitId']} noStyle>
                <OrgUnitPicker style={{ width: 320 }} data-testid="share-unit" />
              </Form.Item>
              <Form.Item name={[f.name, 'target']} noStyle>
                <InputNumber
                  min={0}
                  placeholder={t('inbox.delegateShare')}
                  style={{ width: 140 }}
                  data-testid="share-target"
                />
              </Form.Item>
              <Button
                icon={<DeleteOutlined />}
                onClick={() => remove(f.name)}
                aria-label={t('common.cancel')}
              />
            </Flex>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({})}
            style={{ alignSelf: 'start' }}
            data-testid="share-add"
          >
            {t('inbox.delegateAdd')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

const fmt = (v: number) => String(Number(v.toFixed(4)));

/**
 * The live sum check of quantified shares against the parent's target ("已分配 60 / 100 处，还差 40"), with the
 * server's own arithmetic (`shareBalance` from the rules). `given` is what was given out under the same parent
 * before.
 */
export function ShareSum({
  target,
  unit,
  shares,
  given = 0,
}: {
  target: number;
  unit?: string | null;
  shares: (number | null | undefined)[];
  given?: number;
}) {
  const t = useT();
  const b = shareBalance(target, shares, given);
  const key = b.addsUp ? 'share.sumOk' : b.remaining > 0 ? 'share.sumShort' : 'share.sumOver';
  const params = {
    assigned: fmt(b.assigned),
    target: fmt(target),
    unit: unit ?? '',
    gap: fmt(Math.abs(b.remaining)),
  };
  return (
    <Alert
      type={b.addsUp ? 'success' : 'warning'}
      showIcon
      data-testid="share-sum"
      data-adds-up={String(b.addsUp)}
      title={t(key, params) + (given ? t('share.given', { given: fmt(given) }) : '')}
    />
  );
}
