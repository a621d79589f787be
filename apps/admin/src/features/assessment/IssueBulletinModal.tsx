import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal, Radio, Space } from 'antd';
import type { BulletinKind, BulletinLevel } from '../../gql/graphql';
import { describeError } from '../../shared/api/errors';
import { useT } from '../../shared/i18n/locale';
import { OrgUnitPicker } from '../org/OrgUnitPicker';
import { IssueBulletinMutation } from './assessment-queries';
import { ItemPicker, type PickedItem } from './ItemPicker';
import { TEXT_LIMITS } from '../../shared/domain/rules';

interface IssueValues {
  title: string;
  itemId?: string | null;
  kind: BulletinKind;
  level: BulletinLevel;
  targetUnitIds: string[];
  responsiblePerson?: string;
  body: string;
}

/**
 * 发布督查通报: title, praise or criticism, level, the units it names, optionally the item it concerns (searched
 * among the items the caller can see; preset on an item's page) and the person responsible, and its text.
 */
export function IssueBulletinModal({ onClose, item }: { onClose: () => void; item?: PickedItem | null }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<IssueValues>();
  const [issue, { loading }] = useMutation(IssueBulletinMutation, {
    context: { inlineErrors: true },
    refetchQueries: ['Bulletins', 'ItemBulletins', 'Scoreboard'],
  });
  const submit = (v: IssueValues) =>
    modal.confirm({
      title: t('bulletin.issue'),
      content: t('bulletin.confirm', { count: v.targetUnitIds.length }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () =>
        issue({
          variables: {
            input: { ...v, responsiblePerson: v.responsiblePerson || null, itemId: v.itemId ?? null },
          },
        }).then(
          (r) => {
            void message.success(t('bulletin.issued', { number: r.data?.issueBulletin.number ?? '' }));
            onClose();
          },
          (err: unknown) => void message.error(describeError(err)),
        ),
    });
  const required = [{ required: true, whitespace: true, message: t('bulletin.required') }];
  return (
    <Modal
      open
      width={640}
      title={t('bulletin.issue')}
      okText={t('bulletin.issue')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<IssueValues>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'PRAISE', level: 'OFFICE', itemId: item?.id ?? null }}
        onFinish={submit}
      >
        <Form.Item name="title" label={t('bulletin.title')} rules={required}>
          <Input maxLength={TEXT_LIMITS.title} autoFocus />
        </Form.Item>
        <Space size={24}>
          <Form.Item name="kind" label={t('bulletin.kind')}>
            <Radio.Group
              options={(['PRAISE', 'CRITICISM'] as const).map((k) => ({
                value: k,
                label: t(`bulletin.kind.${k}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="level" label={t('bulletin.levelLabel')}>
            <Radio.Group
              options={(['OFFICE', 'COMMITTEE'] as const).map((k) => ({
                value: k,
                label: t(`bulletin.level.${k}`),
              }))}
            />
          </Form.Item>
        </Space>
        <Form.Item
          name="targetUnitIds"
          label={t('bulletin.targets')}
          rules={[{ required: true, message: t('bulletin.required') }]}
        >
          <OrgUnitPicker multiple />
        </Form.Item>
        <Form.Item name="itemId" label={t('bulletin.item')}>
          <ItemPicker initial={item} />
        </Form.Item>
        <Form.Item name="responsiblePerson" label={t('item.responsiblePerson')}>
          <Input />
        </Form.Item>
        <Form.Item name="body" label={t('bulletin.body')} rules={required}>
          <Input.TextArea rows={5} maxLength={TEXT_LIMITS.bulletinBody} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
