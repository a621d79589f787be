import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, DatePicker, Form, Input, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { SigningDelegationStatus } from '../../gql/graphql';
import { describeError, errorField } from '../../shared/api/errors';
import { pickedDay, shanghaiDay, TEXT_LIMITS } from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';
import type { MessageKey } from '../../shared/i18n/messages';
import {
  DelegateSigningMutation,
  RevokeSigningDelegationMutation,
  SigningDelegateCandidatesQuery,
  SigningDelegationsQuery,
} from './signing-queries';
import { keepEnterInDateFields } from '../../shared/ui/form-keys';

const STATUS: Record<SigningDelegationStatus, [MessageKey, string]> = {
  ACTIVE: ['delegation.status.ACTIVE', 'green'],
  SCHEDULED: ['delegation.status.SCHEDULED', 'blue'],
  ENDED: ['delegation.status.ENDED', 'default'],
  REVOKED: ['delegation.status.REVOKED', 'default'],
};

interface Values {
  delegateId: string;
  period: [Dayjs, Dayjs];
  reason?: string;
}

/**
 * 委托签字, for a unit head: name a colleague who may sign (or refuse to sign) the unit's reports for a period of
 * days, and revoke it. The API checks everything (one at a time, from today, at most 90 days); revoking is offered
 * exactly where the delegation's `allowedActions` say so.
 */
export function SigningDelegationSection() {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { data, loading } = useQuery(SigningDelegationsQuery, { fetchPolicy: 'cache-and-network' });
  const { data: candidates } = useQuery(SigningDelegateCandidatesQuery);
  const opts = { context: { inlineErrors: true }, refetchQueries: [SigningDelegationsQuery] };
  const [delegate, { loading: saving }] = useMutation(DelegateSigningMutation, opts);
  const [revoke] = useMutation(RevokeSigningDelegationMutation, opts);

  const submit = async (v: Values) => {
    try {
      await delegate({
        variables: {
          delegateId: v.delegateId,
          validFrom: v.period[0].format('YYYY-MM-DD'),
          validTo: v.period[1].format('YYYY-MM-DD'),
          reason: v.reason?.trim() || null,
        },
      });
      form.resetFields();
      void message.success(t('delegation.saved'));
    } catch (err) {
      const field = errorField(err);
      const name = field === 'delegateId' ? 'delegateId' : field?.startsWith('valid') ? 'period' : null;
      if (name) form.setFields([{ name, errors: [describeError(err)] }]);
      void message.error(describeError(err));
    }
  };

  return (
    <Card size="small" title={t('delegation.title')} data-testid="signing-delegation">
      <Typography.Paragraph type="secondary">{t('delegation.hint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="inline"
        onFinish={submit}
        onKeyDown={keepEnterInDateFields}
        style={{ marginBottom: 12, rowGap: 8 }}
      >
        <Form.Item name="delegateId" rules={[{ required: true, message: t('delegation.delegateRequired') }]}>
          <Select
            style={{ width: 220 }}
            placeholder={t('delegation.delegate')}
            aria-label={t('delegation.delegate')}
            data-testid="delegation-delegate"
            options={(candidates?.signingDelegateCandidates ?? []).map((u) => ({
              value: u.id,
              label: u.displayName,
            }))}
          />
        </Form.Item>
        <Form.Item name="period" rules={[{ required: true, message: t('delegation.periodRequired') }]}>
          <DatePicker.RangePicker
            disabledDate={(d) => pickedDay(d) < shanghaiDay()}
            aria-label={t('delegation.period')}
          />
        </Form.Item>
        <Form.Item name="reason">
          <Input
            style={{ width: 200 }}
            placeholder={t('delegation.reason')}
            aria-label={t('delegation.reason')}
            maxLength={TEXT_LIMITS.reason}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="delegation-submit">
            {t('delegation.submit')}
          </Button>
        </Form.Item>
      </Form>
      <Table
        size="small"
        rowKey="id"
        loading={loading && !data}
        pagination={false}
        dataSource={data?.signingDelegations ?? []}
        locale={{ emptyText: t('delegation.empty') }}
        columns={[
          { title: t('delegation.delegate'), render: (_, d) => d.delegate?.displayName ?? '—' },
          { title: t('delegation.period'), render: (_, d) => `${d.validFrom} ~ ${d.validTo}` },
          {
            title: t('common.status'),
            render: (_, d) => <Tag color={STATUS[d.status][1]}>{t(STATUS[d.status][0])}</Tag>,
          },
          { title: t('common.reason'), render: (_, d) => d.reason ?? '' },
          {
            title: t('common.actions'),
            render: (_, d) =>
              d.allowedActions.includes('REVOKE') ? (
                <Popconfirm
                  title={t('delegation.revokeConfirm')}
                  okText={t('delegation.revoke')}
                  cancelText={t('common.cancel')}
                  onConfirm={() =>
                    revoke({ variables: { id: d.id } }).then(
                      () => void message.success(t('delegation.revoked')),
                      (err: unknown) => void message.error(describeError(err)),
                    )
                  }
                >
                  <Button size="small" danger data-testid="delegation-revoke">
                    {t('delegation.revoke')}
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}
