import type { ReactNode } from 'react';
import { useMutation } from '@apollo/client/react';
import { App, Typography } from 'antd';
import { describeError } from '../../shared/api/errors';
import { usePrompt } from '../../shared/feedback/prompt';
import { useT } from '../../shared/i18n/locale';
import { UrgeMutation } from '../items/assignment-queries';

/** What 催办 reads of a row. */
export interface UrgeTarget {
  id: string;
  unit?: { name: string } | null;
}

/**
 * 催办 one assignment or several, with one optional text for all: each is a numbered notice of its own. Several
 * are sent one after another; the result says how many went out and which failed and why.
 */
export function useUrge(onDone?: () => void): {
  urge: (targets: readonly UrgeTarget[]) => void;
  element: ReactNode;
} {
  const t = useT();
  const { message, modal } = App.useApp();
  const [prompt, element] = usePrompt();
  const [send] = useMutation(UrgeMutation, {
    context: { inlineErrors: true },
    refetchQueries: ['SubtreeAssignments', 'AssignmentDetail', 'ItemEvents'],
  });

  const urge = (targets: readonly UrgeTarget[]) => {
    if (!targets.length) return;
    const one = targets.length === 1;
    prompt({
      title: one
        ? `${t('detail.urge')} · ${targets[0].unit?.name ?? ''}`
        : t('subtree.urgeMany', { count: targets.length }),
      description: one ? undefined : (
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }} style={{ marginBottom: 0 }}>
          {targets.map((x) => x.unit?.name).join('、')}
        </Typography.Paragraph>
      ),
      label: t('detail.urgeText'),
      okText: t('detail.urge'),
      onSubmit: async (text) => {
        const numbers: string[] = [];
        const failed: string[] = [];
        for (const x of targets) {
          try {
            const r = await send({ variables: { assignmentId: x.id, text: text || null } });
            numbers.push(r.data?.urgeAssignment.number ?? '');
          } catch (err) {
            failed.push(`${x.unit?.name ?? x.id}：${describeError(err)}`);
          }
        }
        onDone?.();
        if (!failed.length) {
          void message.success(
            one
              ? t('detail.urged', { number: numbers[0] })
              : t('subtree.urgedMany', { count: numbers.length }),
          );
          return;
        }
        // Some went out: the dialog closes and says which did not; none went out: it stays open.
        if (!numbers.length && one) {
          void message.error(failed[0]);
          throw new Error(failed[0]);
        }
        modal.warning({
          title: t('subtree.urgedPartly', { count: numbers.length, failed: failed.length }),
          content: (
            <ul style={{ paddingInlineStart: 18, margin: 0 }}>
              {failed.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          ),
        });
      },
    });
  };

  return { urge, element };
}
