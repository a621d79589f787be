import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal, Select } from 'antd';
import type { Role, UserRowFragment } from '../../gql/graphql';
import { describeError, errorCodes, errorField } from '../../shared/api/errors';
import { roleLabel, ROLES, TEXT_LIMITS } from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';
import { OrgUnitPicker } from '../org/OrgUnitPicker';
import { CreateUserMutation, ResetPasswordMutation, UpdateUserMutation } from './user-queries';
import { displayNameRules, passwordHint, passwordRules, usernameRules } from './user-rules';

interface UserValues {
  username: string;
  displayName: string;
  orgUnitId: string;
  roles: Role[];
  password: string;
}

/**
 * Where a failed save is shown: beside the field the API names (or the username when it is taken), else as a
 * message. The text is the API's own, in the UI language.
 */
function useShowError(form: ReturnType<typeof Form.useForm<UserValues>>[0], fields: string[]) {
  const { message } = App.useApp();
  return (err: unknown) => {
    const field = errorField(err) ?? (errorCodes(err)[0] === 'CONFLICT' ? 'username' : undefined);
    if (field && fields.includes(field))
      form.setFields([{ name: field as keyof UserValues, errors: [describeError(err)] }]);
    else void message.error(describeError(err));
  };
}

/** 新建用户 without `user`; 编辑 (name, unit, roles) with it. */
export function UserFormModal({
  user,
  onClose,
  onCreated,
}: {
  user?: UserRowFragment;
  onClose: () => void;
  onCreated?: (username: string) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserValues>();
  const showError = useShowError(
    form,
    user
      ? ['displayName', 'orgUnitId', 'roles']
      : ['username', 'displayName', 'orgUnitId', 'roles', 'password'],
  );
  const opts = { context: { inlineErrors: true } };
  const [create, { loading: creating }] = useMutation(CreateUserMutation, {
    ...opts,
    refetchQueries: ['Users'],
  });
  const [update, { loading: updating }] = useMutation(UpdateUserMutation, opts);

  const submit = async (v: UserValues) => {
    try {
      if (user) {
        await update({
          variables: {
            id: user.id,
            input: { displayName: v.displayName.trim(), orgUnitId: v.orgUnitId, roles: v.roles },
          },
        });
        void message.success(t('user.saved', { username: user.username }));
      } else {
        const username = v.username.trim();
        await create({ variables: { input: { ...v, username, displayName: v.displayName.trim() } } });
        void message.success(t('user.created', { username }));
        onCreated?.(username);
      }
      onClose();
    } catch (err) {
      showError(err);
    }
  };

  return (
    <Modal
      open
      width={560}
      title={user ? t('user.editTitle', { username: user.username }) : t('user.new')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: creating || updating, ...{ 'data-testid': 'user-form-ok' } }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<UserValues>
        form={form}
        layout="vertical"
        data-testid="user-form"
        initialValues={
          user
            ? { displayName: user.displayName, orgUnitId: user.orgUnit.id, roles: user.roles }
            : { roles: [] }
        }
        onFinish={(v) => void submit(v)}
      >
        {!user && (
          <Form.Item name="username" label={t('user.username')} rules={usernameRules(t)}>
            <Input autoComplete="off" autoFocus maxLength={TEXT_LIMITS.username} />
          </Form.Item>
        )}
        <Form.Item name="displayName" label={t('user.displayName')} rules={displayNameRules(t)}>
          <Input maxLength={TEXT_LIMITS.personName} />
        </Form.Item>
        <Form.Item
          name="orgUnitId"
          label={t('user.unit')}
          rules={[{ required: true, message: t('user.unitRequired') }]}
        >
          <OrgUnitPicker
            rootSelectable
            placeholder={t('user.unitRequired')}
            valuePath={user?.orgUnit.ancestors.map((a) => a.id)}
          />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('user.roles')}
          rules={[{ required: true, type: 'array', min: 1, message: t('user.rolesRequired') }]}
        >
          <Select
            mode="multiple"
            allowClear
            placeholder={t('user.rolesRequired')}
            options={ROLES.map((r) => ({ value: r, label: t(roleLabel(r)) }))}
          />
        </Form.Item>
        {!user && (
          <Form.Item
            name="password"
            label={t('user.password')}
            extra={passwordHint(t)}
            dependencies={['username']}
            rules={passwordRules(t, () => form.getFieldValue('username') as string | undefined)}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

interface ResetValues {
  password: string;
  confirm: string;
}

/** 重置密码: a new password for someone else's account (the audit notes that it happened, not the value). */
export function ResetPasswordModal({ user, onClose }: { user: UserRowFragment; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResetValues>();
  const [reset, { loading }] = useMutation(ResetPasswordMutation, { context: { inlineErrors: true } });

  const submit = async ({ password }: ResetValues) => {
    try {
      await reset({ variables: { id: user.id, password } });
      void message.success(t('user.passwordReset', { username: user.username }));
      onClose();
    } catch (err) {
      if (errorField(err) === 'password')
        form.setFields([{ name: 'password', errors: [describeError(err)] }]);
      else void message.error(describeError(err));
    }
  };

  return (
    <Modal
      open
      title={t('user.resetTitle', { username: user.username })}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading, danger: true, ...{ 'data-testid': 'reset-password-ok' } }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<ResetValues> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="password"
          label={t('user.newPassword')}
          extra={passwordHint(t)}
          rules={passwordRules(t, () => user.username)}
        >
          <Input.Password autoComplete="new-password" autoFocus />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('user.confirmPassword')}
          dependencies={['password']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) =>
                value && value === getFieldValue('password')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('user.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
