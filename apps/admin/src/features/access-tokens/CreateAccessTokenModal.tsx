import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { describeError, errorField } from '../../shared/api/errors';
import {
  ACCESS_TOKEN_DEFAULT_DAYS,
  ACCESS_TOKEN_MAX_DAYS,
  endOfPickedDay,
  pickedDay,
  shanghaiDay,
  TEXT_LIMITS,
} from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';
import { keepEnterInDateFields } from '../../shared/ui/form-keys';
import { OrgUnitPicker } from '../org/OrgUnitPicker';
import { CreateAccessTokenMutation } from './access-token-queries';

interface Values {
  name: string;
  unitId?: string;
  expiresAt?: Dayjs;
}

/**
 * 新建访问令牌: a name, the unit whose subtree it reads (the user's own by default) and an expiry (the
 * server's default without one). Then the secret, shown this once with a copy button and a warning. A
 * refusal is shown beside the field the API names, in its words.
 */
export function CreateAccessTokenModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [secret, setSecret] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateAccessTokenMutation, {
    context: { inlineErrors: true },
    refetchQueries: ['MyAccessTokens'],
  });
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (v: Values) => {
    setFailure(null);
    try {
      const { data } = await create({
        variables: {
          input: {
            name: v.name.trim(),
            unitId: v.unitId || null,
            expiresAt: v.expiresAt ? endOfPickedDay(v.expiresAt) : null,
          },
        },
      });
      setSecret(data!.createAccessToken.token);
    } catch (err) {
      const field = errorField(err);
      if (field === 'name' || field === 'unitId' || field === 'expiresAt')
        form.setFields([{ name: field, errors: [describeError(err)] }]);
      else setFailure(describeError(err));
    }
  };

  if (secret)
    return (
      <Modal
        open
        title={t('token.createdTitle')}
        onCancel={onClose}
        onOk={onClose}
        okText={t('token.saved')}
        cancelButtonProps={{ style: { display: 'none' } }}
        okButtonProps={{ ...{ 'data-testid': 'token-secret-done' } }}
        maskClosable={false}
      >
        <Alert type="warning" showIcon title={t('token.secretWarning')} style={{ marginBottom: 12 }} />
        <Typography.Paragraph
          code
          copyable={{ text: secret, tooltips: [t('token.copy'), t('token.copied')] }}
          style={{ overflowWrap: 'anywhere' }}
          data-testid="token-secret"
        >
          {secret}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('token.usage')}</Typography.Paragraph>
      </Modal>
    );

  const today = shanghaiDay();
  return (
    <Modal
      open
      title={t('token.new')}
      okText={t('token.create')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading, ...{ 'data-testid': 'token-create-ok' } }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('token.readOnlyNote')} style={{ marginBottom: 12 }} />
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        onKeyDown={keepEnterInDateFields}
        data-testid="token-form"
      >
        <Form.Item
          name="name"
          label={t('token.name')}
          extra={t('token.nameHint')}
          rules={[{ required: true, whitespace: true, message: t('token.nameRequired') }]}
        >
          <Input autoFocus maxLength={TEXT_LIMITS.accessTokenName} data-testid="token-name" />
        </Form.Item>
        <Form.Item name="unitId" label={t('token.unit')} extra={t('token.unitHint')}>
          <OrgUnitPicker rootSelectable placeholder={t('token.unitDefault')} data-testid="token-unit" />
        </Form.Item>
        <Form.Item
          name="expiresAt"
          label={t('token.expiresAt')}
          extra={t('token.expiresHint', { days: ACCESS_TOKEN_DEFAULT_DAYS, max: ACCESS_TOKEN_MAX_DAYS })}
        >
          <DatePicker
            style={{ width: '100%' }}
            // The end of the picked day must stay within the maximum from now.
            disabledDate={(d) => pickedDay(d) < today || pickedDay(d) > today + ACCESS_TOKEN_MAX_DAYS - 1}
            data-testid="token-expires"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
