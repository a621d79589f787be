import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { App, Button, Dropdown, Popconfirm, Space } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import { describeError } from '../../shared/api/errors';
import { AssignmentOperation } from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';
import type { MessageKey } from '../../shared/i18n/messages';
import { useChainMenu, type ChainRow } from './ChainMenu';
import { DeclineAction } from './DeclineAction';
import { AcceptMutation } from './inbox-queries';
import { InboxActionModal, REFETCH, UNIT_ACTIONS, type DialogAction, type UnitAction } from './InboxActions';

const A = AssignmentOperation;
/** Behind the ⌄ menu, in this order. */
const MENU: { action: DialogAction; label: MessageKey }[] = [
  { action: A.DELEGATE, label: 'inbox.delegate' },
  { action: A.REQUEST_EXTENSION, label: 'inbox.extension' },
  { action: A.ESCALATE, label: 'inbox.escalate' },
];

/**
 * The assigned unit's buttons for one assignment — 签收, 报送进展, 提交报告 and the ⌄ menu (转办/分解, 申请延期,
 * 上报协调, 调整分解指标, 撤回延期申请) — each shown only when the API offers it in `allowedActions`; nothing at all
 * when it offers none.
 */
export function UnitActions({ row }: { row: ChainRow }) {
  const t = useT();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<DialogAction | null>(null);
  const [accept, { loading: accepting }] = useMutation(AcceptMutation, {
    context: { inlineErrors: true },
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  // 调整分解指标 and 撤回延期申请 (ChainMenu.tsx) join the ⌄ menu after the dialogs.
  const chain = useChainMenu(row);
  const can = (x: UnitAction) => row.allowedActions.includes(x);
  if (!UNIT_ACTIONS.some(can) && !chain.items.length) return null;
  const menu = MENU.filter((m) => can(m.action));
  const menuItems = [...menu.map((m) => ({ key: m.action, label: t(m.label) })), ...chain.items];

  return (
    <>
      {/* Wraps rather than clips where English labels ("Return to the assigning office") outgrow the cell. */}
      <Space size={4} wrap>
        {can(A.ACCEPT) && (
          <Popconfirm
            title={t('inbox.acceptConfirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              accept({ variables: { id: row.id } }).then(
                () => void message.success(t('inbox.accepted')),
                (err: unknown) => void message.error(describeError(err)),
              )
            }
          >
            <Button type="primary" size="small" loading={accepting} data-testid="inbox-accept">
              {t('inbox.accept')}
            </Button>
          </Popconfirm>
        )}
        {/* 退回交办 (before 签收, with a reason): offered together with 签收. */}
        <DeclineAction row={row} />
        {can(A.SUBMIT_PROGRESS) && (
          <Button size="small" onClick={() => setDialog(A.SUBMIT_PROGRESS)} data-testid="inbox-progress">
            {t('inbox.progress')}
          </Button>
        )}
        {can(A.SUBMIT_REPORT) && (
          <Button
            size="small"
            type="primary"
            onClick={() => setDialog(A.SUBMIT_REPORT)}
            data-testid="inbox-report"
          >
            {t('inbox.report')}
          </Button>
        )}
        {menuItems.length > 0 && (
          <Dropdown
            menu={{
              items: menuItems,
              onClick: ({ key }) =>
                chain.open(key) || setDialog(menu.find((m) => m.action === key)?.action ?? null),
            }}
          >
            <Button size="small" aria-label={t('common.actions')} data-testid="inbox-more">
              <DownOutlined />
            </Button>
          </Dropdown>
        )}
      </Space>
      {dialog && <InboxActionModal row={row} kind={dialog} onClose={() => setDialog(null)} />}
      {chain.element}
    </>
  );
}
