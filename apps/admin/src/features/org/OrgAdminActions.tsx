import { useRef, useState } from 'react';
import type { InputRef } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { describeError, errorField } from '../../shared/api/errors';
import { useT } from '../../shared/i18n/locale';
import { CreateDepartmentMutation, OrgUnitDetailQuery, RenameOrgUnitMutation } from './org-queries';
import { TEXT_LIMITS } from '../../shared/domain/rules';

interface Props {
  /** The selected unit. */
  id: string;
  /** Fetches a tree level again, so a new or renamed department shows at once. */
  onChanged: (parentId: string) => Promise<unknown>;
}

type Dialog = { mode: 'create'; parentId: string; parent: string } | { mode: 'rename'; name: string };

/**
 * ADMIN tools for the selected unit: 新增部门 under a non-department unit, 重命名 for a department (divisions
 * keep their official names). The API checks the admin's subtree and duplicate names again.
 */
export function OrgAdminActions({ id, onChanged }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const { data } = useQuery(OrgUnitDetailQuery, { variables: { id } });
  const unit = data?.orgUnit;
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const nameInput = useRef<InputRef>(null);
  const [form] = Form.useForm<{ name: string }>();
  const opts = { context: { inlineErrors: true }, refetchQueries: ['OrgUnitDetail'] };
  const [create, { loading: creating }] = useMutation(CreateDepartmentMutation, opts);
  const [rename, { loading: renaming }] = useMutation(RenameOrgUnitMutation, opts);

  if (!unit) return null;
  const parentId = unit.ancestors[unit.ancestors.length - 1]?.id;

  const submit = async ({ name }: { name: string }) => {
    const trimmed = name.trim();
    try {
      if (dialog?.mode === 'create') {
        await create({ variables: { parentId: unit.id, name: trimmed } });
        await onChanged(unit.id);
        void message.success(t('org.departmentCreated', { name: trimmed }));
      } else {
        await rename({ variables: { id: unit.id, name: trimmed } });
        if (parentId) await onChanged(parentId);
        void message.success(t('org.renamed', { name: trimmed }));
      }
      setDialog(null);
    } catch (err) {
      // Field errors (a duplicate or invalid name) stay beside the field; anything else as a message.
      const field = errorField(err);
      if (!field || field === 'name') form.setFields([{ name: 'name', errors: [describeError(err)] }]);
      else void message.error(describeError(err));
    }
  };

  return (
    <>
      <Space size={4}>
        {unit.kind !== 'DEPARTMENT' ? (
          <Button
            size="small"
            icon={<PlusOutlined />}
            data-testid="org-add-department"
            onClick={() => setDialog({ mode: 'create', parentId: unit.id, parent: unit.name })}
          >
            {t('org.addDepartment')}
          </Button>
        ) : (
          <Button
            size="small"
            icon={<EditOutlined />}
            data-testid="org-rename"
            onClick={() => setDialog({ mode: 'rename', name: unit.name })}
          >
            {t('org.rename')}
          </Button>
        )}
      </Space>
      <Modal
        open={!!dialog}
        title={
          dialog?.mode === 'create'
            ? t('org.addDepartmentTitle', { parent: dialog.parent })
            : t('org.renameTitle', { name: dialog?.name ?? '' })
        }
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: creating || renaming, ...{ 'data-testid': 'org-name-ok' } }}
        onOk={() => form.submit()}
        onCancel={() => setDialog(null)}
        destroyOnHidden
        // Focus once the dialog has opened: autoFocus alone loses to the dialog's own focus handling when
        // animations are off (prefers-reduced-motion).
        afterOpenChange={(open) => (open ? nameInput.current?.focus() : form.resetFields())}
      >
        {dialog?.mode === 'rename' && (
          <Typography.Paragraph type="secondary">{t('org.renameHint')}</Typography.Paragraph>
        )}
        <Form
          form={form}
          layout="vertical"
          initialValues={{ name: dialog?.mode === 'rename' ? dialog.name : '' }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item
            name="name"
            label={t('org.departmentName')}
            rules={[
              { required: true, whitespace: true, message: t('org.nameRule') },
              { max: 100, message: t('org.nameRule') },
            ]}
          >
            <Input ref={nameInput} autoFocus maxLength={TEXT_LIMITS.unitName} data-testid="org-name-input" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
