import type { ReactNode } from 'react';
import { useMutation } from '@apollo/client/react';
import { App, Typography } from 'antd';
import { describeError } from '../../shared/api/errors';
import { usePrompt } from '../../shared/feedback/prompt';
import { useT } from '../../shared/i18n/locale';
import { UrgeManyMutation, UrgeMutation } from '../items/assignment-queries';

/** What 催办 reads of a row. */
export interface UrgeTarget {
  id: string;
  unit?: { name: string } | null;
}

const REFETCH = ['SubtreeAssignments', 'AssignmentDetail', 'ItemEvents', 'ItemAssignments'];

/**
 * 催办 one assignment or several, with one optional text for all: each gets a numbered notice of its own.
 * Several go in one request, all or nothing: if the API refuses one (its unit is named in the error), none is
 * sent and the dialog stays open, listing the units, so the caller can deselect it and try again.
 */
export function useUrge(onDone?: () => void): {
  urge: (targets: readonly UrgeTarget[]) => void;
  element: ReactNode;
} {
  const t = useT();
  const { message } = App.useApp();
  const [prompt, element] = usePrompt();
  const opts = { context: { inlineErrors: true }, refetchQueries: REFETCH };
  const [sendOne] = useMutation(UrgeMutation, opts);
  const [sendMany] = useMutation(UrgeManyMutation, opts);

  const urge = (targets: readonly UrgeTarget[]) => {
    if (!targets.length) return;
    const one = targets.length === 1;
    prompt({
      title: one
        ? `${t('detail.urge')} · ${targets[0].unit?.name ?? ''}`
        : t('subtree.urgeMany', { count: targets.length }),
      description: one ? undefined : (
        <Typography.Paragraph
          type="secondary"
          ellipsis={{ rows: 3, expandable: true, symbol: t('list.more') }}
          style={{ marginBottom: 0 }}
          data-testid="urge-units"
        >
          {targets.map((x) => x.unit?.name).join('、')}
        </Typography.Paragraph>
      ),
      label: t('detail.urgeText'),
      okText: t('detail.urge'),
      onSubmit: async (text) => {
        try {
          if (one) {
            const r = await sendOne({ variables: { assignmentId: targets[0].id, text: text || null } });
            void message.success(t('detail.urged', { number: r.data?.urgeAssignment.number ?? '' }));
          } else {
            const r = await sendMany({ variables: { ids: targets.map((x) => x.id), text: text || null } });
            void message.success(t('subtree.urgedMany', { count: r.data?.urgeAssignments.length ?? 0 }));
          }
          onDone?.();
        } catch (err) {
          // Nothing was sent; the dialog stays open.
          void message.error(describeError(err));
          throw err;
        }
      },
    });
  };

  return { urge, element };
}
