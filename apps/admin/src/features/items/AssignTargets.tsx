import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Flex, Form, InputNumber, Select, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { CascadeSelector, OrgKind } from '../../gql/graphql';
import { shareBalance } from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';
import type { MessageKey } from '../../shared/i18n/messages';
import { useDebounced } from '../../shared/use-debounced';
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
                  aria-label={t('item.cascadeUnder')}
                  style={{ width: 260 }}
                  data-testid="cascade-under"
                />
              </Form.Item>
              <Form.Item name={[field.name, 'scope']} noStyle>
                <Select<CascadeScope>
                  data-testid="cascade-scope"
                  placeholder={t('item.cascadeKind')}
                  aria-label={t('item.cascadeKind')}
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

/** Units the preview lists by name; beyond them it gives the count only. */
const PREVIEW_LIST = 100;
/** Names shown before the list folds ("展开全部"). */
const PREVIEW_FOLDED = 12;

/**
 * What these targets would create, counted and listed by the API with the same SQL it assigns with: the count
 * and the first units by name.
 */
export function useAssignPreview(targets: string[], cascade: CascadeSelector[]) {
  const vars = useDebounced({ targets, cascade }, 300);
  const empty = !vars.targets.length && !vars.cascade.length;
  const { data, loading, error } = useQuery(PreviewAssignmentQuery, {
    variables: { ...vars, first: PREVIEW_LIST },
    skip: empty,
    context: { inlineErrors: true },
    fetchPolicy: 'network-only',
  });
  const preview = data?.previewAssignmentUnits;
  return {
    count: empty ? 0 : (preview?.count ?? null),
    units: empty ? [] : (preview?.units ?? []),
    loading,
    error,
    empty,
  };
}

export function PreviewAlert({ preview }: { preview: ReturnType<typeof useAssignPreview> }) {
  const t = useT();
  const [all, setAll] = useState(false);
  if (preview.empty) return <Alert type="info" showIcon title={t('item.previewNone')} />;
  if (preview.loading || preview.count == null)
    return <Alert type="info" showIcon title={t('item.previewing')} />;
  const { units, count } = preview;
  const shown = all ? units : units.slice(0, PREVIEW_FOLDED);
  return (
    <Alert
      type={count ? 'success' : 'warning'}
      showIcon
      data-testid="assign-preview"
      data-count={count}
      title={count ? t('item.preview', { count }) : t('item.previewZero')}
      description={
        units.length > 0 && (
          <Flex vertical gap={4}>
            <Flex
              wrap
              gap={4}
              data-testid="assign-preview-units"
              style={{ maxHeight: 240, overflowY: 'auto' }}
            >
              {shown.map((u) => (
                <Tag key={u.id} data-unit-id={u.id} style={{ marginInlineEnd: 0 }}>
                  {u.parent ? `${u.parent.name} / ${u.name}` : u.name}
                </Tag>
              ))}
            </Flex>
            <Flex gap={8} align="center" wrap>
              {units.length > PREVIEW_FOLDED && (
                <Button
                  type="link"
                  size="small"
                  style={{ paddingInline: 0 }}
                  onClick={() => setAll(!all)}
                  data-testid="assign-preview-toggle"
                >
                  {all ? t('item.previewFold') : t('item.previewAll', { count: units.length })}
                </Button>
              )}
              {count > units.length && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('item.previewFirst', { shown: units.length })}
                </Typography.Text>
              )}
            </Flex>
          </Flex>
        )
      }
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
