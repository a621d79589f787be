import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Form, Modal } from 'antd';
import { describeError } from '../../shared/api/errors';
import { useT } from '../../shared/i18n/locale';
import { OrgUnitPicker } from '../org/OrgUnitPicker';
import { AssigningModal } from './AssigningModal';
import {
  CascadeList,
  PreviewAlert,
  SharesList,
  ShareSum,
  toSelectors,
  toShares,
  useAssignPreview,
  type CascadeRow,
  type ShareRow,
} from './AssignTargets';
import { AssignItemMutation, ItemSharesQuery } from './item-queries';

/** What 交办 changes on the item page. */
export const ITEM_REFETCH = ['ItemDetail', 'ItemAssignments', 'ItemEvents'];

/**
 * 交办 after 立项 (e.g. a draft just registered, or more units later): named units and/or whole levels. A
 * quantified item names its units with their shares, checked live against the target.
 */
export function AssignModal({
  itemId,
  title,
  target,
  targetUnit,
  onClose,
}: {
  itemId: string;
  title: string;
  target: number | null;
  targetUnit: string | null;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ targets?: string[]; shares?: ShareRow[]; cascade?: CascadeRow[] }>();
  const quantified = target != null;
  const shareRows = Form.useWatch('shares', form);
  const shares = toShares(shareRows);
  const named = Form.useWatch('targets', form) ?? [];
  const targets = quantified ? shares.map((s) => s.unitId) : named;
  const cascade = toSelectors(Form.useWatch('cascade', form));
  const preview = useAssignPreview(targets, cascade);
  const { data: existing } = useQuery(ItemSharesQuery, {
    variables: { id: itemId },
    skip: !quantified,
    fetchPolicy: 'network-only',
  });
  const given = (existing?.supervisionItem?.assignments.edges ?? []).reduce(
    (sum, e) => sum + (e.node.status === 'WITHDRAWN' ? 0 : (e.node.target ?? 0)),
    0,
  );
  const [running, setRunning] = useState<number | null>(null);
  const [assign] = useMutation(AssignItemMutation, {
    context: { inlineErrors: true },
    refetchQueries: ITEM_REFETCH,
    awaitRefetchQueries: true,
  });
  const run = async () => {
    setRunning(preview.count ?? 0);
    try {
      const res = await assign({
        variables: quantified ? { itemId, shares, cascade } : { itemId, targets, cascade },
      });
      void message.success(t('item.createdAssigned', { number: '', count: res.data?.assignItem.count ?? 0 }));
      onClose();
    } catch (err) {
      void message.error(describeError(err));
    } finally {
      setRunning(null);
    }
  };
  return (
    <Modal
      open
      width={720}
      title={t('detail.assignTitle', { title })}
      okText={t('detail.assign')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !preview.count }}
      onCancel={onClose}
      onOk={() => void run()}
    >
      <Form form={form} layout="vertical" initialValues={{ cascade: [{}], shares: [{}] }}>
        {quantified ? (
          <>
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('share.hint', { target, unit: targetUnit ?? '' })}
            />
            <Form.Item label={t('inbox.delegateUnits')}>
              <SharesList />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="targets" label={t('item.targets')}>
            <OrgUnitPicker multiple />
          </Form.Item>
        )}
        <Form.Item label={t('item.cascade')} extra={t('item.cascadeHint')}>
          <CascadeList />
        </Form.Item>
      </Form>
      {quantified && (shares.length > 1 || given > 0 || shares.some((s) => s.target != null)) && (
        <div style={{ marginBottom: 8 }}>
          <ShareSum target={target} unit={targetUnit} shares={shares.map((s) => s.target)} given={given} />
        </div>
      )}
      <PreviewAlert preview={preview} />
      <AssigningModal count={running} />
    </Modal>
  );
}
