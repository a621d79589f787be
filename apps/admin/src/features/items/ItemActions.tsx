import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Space } from 'antd';
import type { ItemDetailQuery as ItemDetailResult, ItemOperation as Operation } from '../../gql/graphql';
import { describeError } from '../../shared/api/errors';
import { ItemOperation } from '../../shared/domain/rules';
import { usePrompt } from '../../shared/feedback/prompt';
import { useT } from '../../shared/i18n/locale';
import { AssignModal, ITEM_REFETCH } from './AssignModal';
import { EditItemDrawer } from './EditItemDrawer';
import { ArchiveItemMutation } from './item-edit-queries';
import { FeedBackItemMutation, RegisterItemMutation, WithdrawItemMutation } from './item-queries';
import { RecheckModal } from './RecheckModal';

type Item = NonNullable<ItemDetailResult['supervisionItem']>;

/**
 * The issuing office's buttons on an item — 立项, 交办, 编辑, 结果反馈, 撤销, 复查, 归档 — exactly those the API
 * offers.
 */
export function ItemActions({ item }: { item: Item }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [prompt, promptElement] = usePrompt();
  const [assignOpen, setAssignOpen] = useState(false);
  const [recheckOpen, setRecheckOpen] = useState(false);
  const [editOpen, setEditOpen] = useState(false);
  const opts = { context: { inlineErrors: true }, refetchQueries: ITEM_REFETCH };
  const [register] = useMutation(RegisterItemMutation, opts);
  const [withdraw] = useMutation(WithdrawItemMutation, opts);
  const [feedBack] = useMutation(FeedBackItemMutation, opts);
  const [archive] = useMutation(ArchiveItemMutation, opts);
  const can = (op: Operation) => item.allowedActions.includes(op);
  const fail = (err: unknown) => {
    void message.error(describeError(err));
    throw err;
  };
  // A leader's 批示 and 阅示 live in the instructions card; only the office's operations show here.
  const office = [
    ItemOperation.REGISTER,
    ItemOperation.ASSIGN,
    ItemOperation.FEED_BACK,
    ItemOperation.WITHDRAW,
    ItemOperation.RECHECK,
    ItemOperation.EDIT,
    ItemOperation.ARCHIVE,
  ];
  if (!office.some(can)) return null;

  return (
    <>
      <Space wrap>
        {can(ItemOperation.REGISTER) && (
          <Button
            type="primary"
            data-testid="item-register"
            onClick={() =>
              modal.confirm({
                title: t('detail.register'),
                content: t('item.confirmRegister'),
                onOk: () =>
                  register({ variables: { itemId: item.id } }).then(
                    (res) =>
                      void message.success(
                        t('item.created', { number: res.data?.registerSupervisionItem.regNumber ?? '' }),
                      ),
                    fail,
                  ),
              })
            }
          >
            {t('detail.register')}
          </Button>
        )}
        {can(ItemOperation.ASSIGN) && (
          <Button type="primary" onClick={() => setAssignOpen(true)} data-testid="item-assign">
            {t('detail.assign')}
          </Button>
        )}
        {can(ItemOperation.EDIT) && (
          <Button onClick={() => setEditOpen(true)} data-testid="item-edit">
            {t('itemEdit.button')}
          </Button>
        )}
        {can(ItemOperation.FEED_BACK) && (
          <Button
            type="primary"
            onClick={() =>
              prompt({
                title: t('detail.feedback'),
                label: t('detail.feedbackText'),
                required: true,
                onSubmit: (feedback) =>
                  feedBack({ variables: { itemId: item.id, feedback } }).then(
                    () => void message.success(t('common.done')),
                    fail,
                  ),
              })
            }
          >
            {t('detail.feedback')}
          </Button>
        )}
        {can(ItemOperation.WITHDRAW) && (
          <Button
            danger
            onClick={() =>
              prompt({
                title: t('detail.withdrawTitle'),
                description: <Alert type="warning" showIcon title={t('detail.withdrawConfirm')} />,
                label: t('common.reason'),
                required: true,
                danger: true,
                onSubmit: (reason) =>
                  withdraw({ variables: { itemId: item.id, reason } }).then(
                    () => void message.success(t('common.done')),
                    fail,
                  ),
              })
            }
          >
            {t('detail.withdraw')}
          </Button>
        )}
        {can(ItemOperation.RECHECK) && (
          <Button danger onClick={() => setRecheckOpen(true)} data-testid="item-recheck">
            {t('reopen.button')}
          </Button>
        )}
        {can(ItemOperation.ARCHIVE) && (
          <Button
            data-testid="item-archive"
            onClick={() =>
              modal.confirm({
                title: t('itemArchive.title'),
                content: t('itemArchive.confirm'),
                okText: t('itemArchive.button'),
                cancelText: t('common.cancel'),
                onOk: () =>
                  archive({ variables: { itemId: item.id } }).then(
                    () => void message.success(t('itemArchive.done')),
                    fail,
                  ),
              })
            }
          >
            {t('itemArchive.button')}
          </Button>
        )}
      </Space>
      {editOpen && <EditItemDrawer item={item} onClose={() => setEditOpen(false)} />}
      {recheckOpen && <RecheckModal itemId={item.id} onClose={() => setRecheckOpen(false)} />}
      {assignOpen && (
        <AssignModal
          itemId={item.id}
          title={item.title}
          target={item.target ?? null}
          targetUnit={item.targetUnit ?? null}
          onClose={() => setAssignOpen(false)}
        />
      )}
      {promptElement}
    </>
  );
}
