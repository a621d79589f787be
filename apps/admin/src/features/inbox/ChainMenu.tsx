import { useState, type ReactNode } from 'react';
import { useMutation } from '@apollo/client/react';
import { App } from 'antd';
import type { ExtensionStatus } from '../../gql/graphql';
import { describeError } from '../../shared/api/errors';
import { AssignmentOperation, chinaDate } from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';
import type { MessageKey } from '../../shared/i18n/messages';
import { AdjustSharesModal } from './AdjustSharesModal';
import { CancelExtensionMutation } from './inbox-queries';
import { REFETCH, type ActionRow } from './InboxActions';

/** What the chain entries read of an assignment besides the dialogs' fields: its extension requests. */
export type ChainRow = ActionRow & {
  extensionRequests: readonly { id: string; status: ExtensionStatus; requestedDeadline?: string }[];
};

const A = AssignmentOperation;
type ChainAction = AssignmentOperation.ADJUST_SHARES | AssignmentOperation.CANCEL_EXTENSION;
const ENTRIES: { action: ChainAction; label: MessageKey }[] = [
  { action: A.ADJUST_SHARES, label: 'adjust.title' },
  { action: A.CANCEL_EXTENSION, label: 'ext.cancel' },
];

/**
 * The unit's own chain operations for the ⌄ menu — 调整分解指标 and 撤回延期申请 — each only when offered in
 * `allowedActions`. `open(key)` handles a menu key of its own and says whether it did; `element` holds the dialog.
 */
export function useChainMenu(row: ChainRow): {
  items: { key: string; label: string }[];
  open: (key: string) => boolean;
  element: ReactNode;
} {
  const t = useT();
  const { message, modal } = App.useApp();
  const [adjusting, setAdjusting] = useState(false);
  const [cancel] = useMutation(CancelExtensionMutation, {
    context: { inlineErrors: true },
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const entries = ENTRIES.filter((e) => row.allowedActions.includes(e.action));
  const pending = row.extensionRequests.find((x) => x.status === 'PENDING');

  const open = (key: string) => {
    if (key === A.ADJUST_SHARES) setAdjusting(true);
    else if (key === A.CANCEL_EXTENSION && pending)
      modal.confirm({
        title: t('ext.cancel'),
        content: t('ext.cancelConfirm', { date: chinaDate(pending.requestedDeadline) }),
        okText: t('ext.cancel'),
        cancelText: t('common.cancel'),
        okButtonProps: { danger: true, ...{ 'data-testid': 'cancel-extension-ok' } },
        onOk: () =>
          cancel({ variables: { requestId: pending.id } }).then(
            () => void message.success(t('ext.cancelled')),
            (err: unknown) => {
              void message.error(describeError(err));
              throw err;
            },
          ),
      });
    else return false;
    return true;
  };

  return {
    // 撤回 needs the pending request's id; without it (not loaded) the entry is not offered.
    items: entries
      .filter((e) => e.action !== A.CANCEL_EXTENSION || pending)
      .map((e) => ({ key: e.action, label: t(e.label) })),
    open,
    element: adjusting && (
      <AdjustSharesModal assignmentId={row.id} title={row.item?.title} onClose={() => setAdjusting(false)} />
    ),
  };
}
