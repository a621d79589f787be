import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Checkbox, DatePicker, Drawer, Flex, Form, Input, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { AssignmentStatus, ItemDetailQuery as ItemDetailResult } from '../../gql/graphql';
import { useSubmit } from '../../shared/feedback/use-submit';
import {
  chinaDate,
  endOfPickedDay,
  isAssignmentOpen,
  pickedDay,
  shanghaiDay,
  TEXT_LIMITS,
} from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';
import { keepEnterInDateFields } from '../../shared/ui/form-keys';
import { useIsPhone } from '../../shared/ui/RowCard';
import { OrgUnitPicker } from '../org/OrgUnitPicker';
import { ITEM_REFETCH } from './AssignModal';
import { EditItemMutation, ItemEditUnitsQuery } from './item-edit-queries';
import { EDITED_FIELD_LABELS, TextChange } from './EditDiff';

type Item = NonNullable<ItemDetailResult['supervisionItem']>;

/** Statuses in which an edit may remove a unit (the API also refuses one that reported progress). */
const REMOVABLE: readonly AssignmentStatus[] = ['ASSIGNED', 'IN_PROGRESS'];

interface Values {
  title: string;
  content: string;
  requirements?: string;
  deadline: Dayjs;
  addUnitIds?: string[];
  removeUnitIds?: string[];
}

/** What the form changes, as the API takes it: only the fields that differ from the item as loaded. */
function changesOf(item: Item, v: Values) {
  const title = v.title.trim();
  const content = v.content.trim();
  const requirements = v.requirements?.trim() ?? '';
  const deadline = chinaDate(item.deadline) === v.deadline.format('YYYY-MM-DD') ? null : v.deadline;
  return {
    ...(title !== item.title ? { title } : {}),
    ...(content !== item.content ? { content } : {}),
    ...(requirements !== (item.requirements ?? '') ? { requirements } : {}),
    ...(deadline ? { deadline: endOfPickedDay(deadline) } : {}),
    ...(v.addUnitIds?.length ? { addUnitIds: v.addUnitIds } : {}),
    ...(v.removeUnitIds?.length ? { removeUnitIds: v.removeUnitIds } : {}),
  };
}

/**
 * 编辑: the issuing office corrects an open item — name, content, requirements, deadline — and adds or removes
 * units, after a confirmation that lists every change. The API checks the version it was loaded with.
 */
export function EditItemDrawer({ item, onClose }: { item: Item; onClose: () => void }) {
  const t = useT();
  const phone = useIsPhone();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const units = useQuery(ItemEditUnitsQuery, { variables: { id: item.id }, fetchPolicy: 'network-only' });
  // The units an edit may remove: those whose assignment is still open (the API refuses any that reported).
  const open = (units.data?.supervisionItem?.assignments.edges ?? []).flatMap(({ node: a }) =>
    a.unit && isAssignmentOpen(a.status) ? [{ id: a.id, status: a.status, unit: a.unit }] : [],
  );
  const [edit] = useMutation(EditItemMutation, {
    context: { inlineErrors: true },
    refetchQueries: [...ITEM_REFETCH, 'ItemEditUnits'],
    awaitRefetchQueries: true,
  });
  const [save, busy] = useSubmit(async (input: ReturnType<typeof changesOf>) => {
    await edit({ variables: { itemId: item.id, input: { expectedVersion: item.version, ...input } } });
    onClose();
    return t('itemEdit.saved');
  });

  const confirm = (v: Values) => {
    const input = changesOf(item, v);
    if (!Object.keys(input).length) {
      void message.info(t('itemEdit.nothing'));
      return;
    }
    const removed = open.filter((a) => v.removeUnitIds?.includes(a.unit.id)).map((a) => a.unit.name);
    modal.confirm({
      title: t('itemEdit.confirmTitle'),
      width: phone ? '100%' : 560,
      okText: t('itemEdit.save'),
      cancelText: t('common.cancel'),
      okButtonProps: { ...{ 'data-testid': 'item-edit-confirm' } },
      content: (
        <Flex vertical gap={8} data-testid="item-edit-summary">
          {input.title !== undefined && (
            <TextChange label={t(EDITED_FIELD_LABELS.title)} before={item.title} after={input.title} />
          )}
          {input.content !== undefined && (
            <TextChange label={t(EDITED_FIELD_LABELS.content)} before={item.content} after={input.content} />
          )}
          {input.requirements !== undefined && (
            <TextChange
              label={t(EDITED_FIELD_LABELS.requirements)}
              before={item.requirements ?? ''}
              after={input.requirements}
            />
          )}
          {input.deadline !== undefined && (
            <TextChange
              label={t(EDITED_FIELD_LABELS.deadline)}
              before={chinaDate(item.deadline)}
              after={chinaDate(input.deadline)}
            />
          )}
          {!!input.addUnitIds?.length && (
            <Typography.Text>{t('itemEdit.addCount', { n: input.addUnitIds.length })}</Typography.Text>
          )}
          {!!removed.length && (
            <Typography.Text type="danger">
              {t('itemEdit.removeList', { units: removed.join('、') })}
            </Typography.Text>
          )}
        </Flex>
      ),
      onOk: () => save(input),
    });
  };

  return (
    <Drawer
      open
      title={t('itemEdit.title')}
      size={phone ? '100%' : 560}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => form.submit()} data-testid="item-edit-save">
            {t('itemEdit.save')}
          </Button>
        </Space>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={confirm}
        onKeyDown={keepEnterInDateFields}
        initialValues={{
          title: item.title,
          content: item.content,
          requirements: item.requirements ?? '',
          deadline: dayjs(chinaDate(item.deadline)),
        }}
        data-testid="item-edit-form"
      >
        <Form.Item
          name="title"
          label={t(EDITED_FIELD_LABELS.title)}
          rules={[{ required: true, whitespace: true, message: t('item.titleRequired') }]}
        >
          <Input maxLength={TEXT_LIMITS.title} data-testid="item-edit-title" />
        </Form.Item>
        <Form.Item
          name="content"
          label={t(EDITED_FIELD_LABELS.content)}
          rules={[{ required: true, whitespace: true, message: t('item.contentRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={TEXT_LIMITS.longText} />
        </Form.Item>
        <Form.Item name="requirements" label={t(EDITED_FIELD_LABELS.requirements)}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={TEXT_LIMITS.longText} />
        </Form.Item>
        <Form.Item
          name="deadline"
          label={t(EDITED_FIELD_LABELS.deadline)}
          extra={t('itemEdit.deadlineHint')}
          rules={[{ required: true, message: t('item.deadlineRequired') }]}
        >
          <DatePicker
            allowClear={false}
            disabledDate={(d) => pickedDay(d) < shanghaiDay()}
            data-testid="item-edit-deadline"
          />
        </Form.Item>
        <Form.Item name="addUnitIds" label={t('itemEdit.addUnits')} extra={t('itemEdit.addHint')}>
          <OrgUnitPicker multiple placeholder={t('itemEdit.addUnits')} />
        </Form.Item>
        {open.length > 0 && (
          <Form.Item name="removeUnitIds" label={t('itemEdit.removeUnits')} extra={t('itemEdit.removeHint')}>
            <Checkbox.Group
              // Reported or under review: shown, not removable (撤回 with a reason is the way).
              options={open.map((a) => ({
                value: a.unit.id,
                label: a.unit.name,
                disabled: !REMOVABLE.includes(a.status),
              }))}
              data-testid="item-edit-remove"
            />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
