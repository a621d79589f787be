import { Flex, Typography } from 'antd';
import { changedSpan, chinaDate, type Bilingual } from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';

export const EDITED_FIELD_LABELS: Record<'title' | 'content' | 'requirements' | 'deadline', Bilingual> = {
  title: { zh: '事项名称', en: 'Title' },
  content: { zh: '事项内容', en: 'Content' },
  requirements: { zh: '工作要求', en: 'Requirements' },
  deadline: { zh: '办理时限', en: 'Deadline' },
};

/** Up to this length both sides are shown whole (a title, a date); longer texts show only what changed. */
const WHOLE = 80;

/**
 * One field's change. Short values: the old one struck through, then the new one. Long texts: the unchanged
 * context, the removed part struck through, the added part marked.
 */
export function TextChange({ label, before, after }: { label: string; before: string; after: string }) {
  const t = useT();
  if (before.length <= WHOLE && after.length <= WHOLE)
    return (
      <Flex vertical data-testid="edit-change">
        <Typography.Text strong>{label}</Typography.Text>
        <Typography.Paragraph style={{ marginBottom: 0, wordBreak: 'break-word' }}>
          {before && (
            <Typography.Text delete type="danger" aria-label={t('itemEdit.removedText')}>
              {before}
            </Typography.Text>
          )}
          {before && after && ' → '}
          {after && (
            <Typography.Text mark aria-label={t('itemEdit.addedText')}>
              {after}
            </Typography.Text>
          )}
        </Typography.Paragraph>
      </Flex>
    );
  const d = changedSpan(before, after);
  return (
    <Flex vertical data-testid="edit-change">
      <Typography.Text strong>{label}</Typography.Text>
      <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
        {d.head}
        {d.removed && (
          <Typography.Text delete type="danger" aria-label={t('itemEdit.removedText')}>
            {d.removed}
          </Typography.Text>
        )}
        {d.added && (
          <Typography.Text mark aria-label={t('itemEdit.addedText')}>
            {d.added}
          </Typography.Text>
        )}
        {d.tail}
      </Typography.Paragraph>
    </Flex>
  );
}

type Side = Record<string, unknown> | null;
const parse = (json: string | null | undefined): Side => {
  try {
    const v: unknown = json ? JSON.parse(json) : null;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};
const text = (v: unknown, field: string) =>
  v == null ? '' : field === 'deadline' ? chinaDate(String(v)) : String(v);

/** 编辑 in the item's trail: each changed field before → after, and the units added or removed. */
export function EditDiff({ before, after }: { before?: string | null; after?: string | null }) {
  const t = useT();
  const b = parse(before) ?? {};
  const a = parse(after) ?? {};
  const fields = (Object.keys(EDITED_FIELD_LABELS) as (keyof typeof EDITED_FIELD_LABELS)[]).filter(
    (f) => f in a,
  );
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String).join('、') : '');
  return (
    <Flex vertical gap={4} data-testid="edit-diff">
      {fields.map((f) => (
        <TextChange key={f} label={t(EDITED_FIELD_LABELS[f])} before={text(b[f], f)} after={text(a[f], f)} />
      ))}
      {list(a.unitsAdded) && (
        <Typography.Text>{t('itemEdit.unitsAdded', { units: list(a.unitsAdded) })}</Typography.Text>
      )}
      {list(a.unitsRemoved) && (
        <Typography.Text type="danger">
          {t('itemEdit.unitsRemoved', { units: list(a.unitsRemoved) })}
        </Typography.Text>
      )}
    </Flex>
  );
}
