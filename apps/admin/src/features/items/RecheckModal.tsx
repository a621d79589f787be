import { useMutation } from '@apollo/client/react';
import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useSubmit } from '../../shared/feedback/use-submit';
import { endOfPickedDay, pickedDay, shanghaiDay } from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';
import { keepEnterInDateFields } from '../../shared/ui/form-keys';
import { RecheckItemMutation } from './instruction-queries';
import { INSTRUCTION_REFETCH } from './LeaderInstructions';

/** 复查: the issuing office reopens a concluded item with a reason and a new deadline. */
export function RecheckModal({ itemId, onClose }: { itemId: string; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string; deadline: Dayjs }>();
  const [recheck] = useMutation(RecheckItemMutation, {
    context: { inlineErrors: true },
    refetchQueries: INSTRUCTION_REFETCH,
    awaitRefetchQueries: true,
  });
  const [submit, busy] = useSubmit(async (v: { reason: string; deadline: Dayjs }) => {
    await recheck({ variables: { itemId, reason: v.reason.trim(), deadline: endOfPickedDay(v.deadline) } });
    onClose();
    return t('instruction.reopenedDone');
  });
  return (
    <Modal
      open
      title={t('reopen.title')}
      okText={t('reopen.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, loading: busy, ...{ 'data-testid': 'recheck-ok' } }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('reopen.warning')} style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" onFinish={submit} onKeyDown={keepEnterInDateFields}>
        <Form.Item
          name="reason"
          label={t('reopen.reason')}
          rules={[{ required: true, whitespace: true, message: t('common.reasonRequired') }]}
        >
          <Input.TextArea rows={3} data-testid="recheck-reason" />
        </Form.Item>
        <Form.Item
          name="deadline"
          label={t('reopen.deadline')}
          rules={[{ required: true, message: t('item.deadlineRequired') }]}
        >
          <DatePicker disabledDate={(d) => pickedDay(d) < shanghaiDay()} data-testid="recheck-deadline" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
