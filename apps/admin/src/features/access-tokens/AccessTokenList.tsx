import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { AccessTokenRowFragment, AccessTokenStatus } from '../../gql/graphql';
import { describeError } from '../../shared/api/errors';
import { formatDate, formatTime } from '../../shared/domain/labels';
import { useT } from '../../shared/i18n/locale';
import { CardList, useIsPhone } from '../../shared/ui/RowCard';
import { RevokeAccessTokenMutation } from './access-token-queries';

const STATUS_COLOR: Record<AccessTokenStatus, string> = {
  ACTIVE: 'green',
  EXPIRED: 'default',
  REVOKED: 'red',
};

/**
 * Tokens as a table (cards on a phone): name and prefix, unit, status, dates; 撤销 where the API's
 * allowedActions offer it, after a confirmation. Used for the caller's own tokens and, in 用户管理, for an
 * administrator's view of one user's.
 */
export function AccessTokenList({
  tokens,
  loading,
  refetch,
}: {
  tokens: readonly AccessTokenRowFragment[];
  loading: boolean;
  refetch: () => unknown;
}) {
  const t = useT();
  const phone = useIsPhone();
  const { message, modal } = App.useApp();
  const [revoke] = useMutation(RevokeAccessTokenMutation, { context: { inlineErrors: true } });

  const confirmRevoke = (token: AccessTokenRowFragment) =>
    modal.confirm({
      title: t('token.revokeTitle', { name: token.name }),
      content: t('token.revokeWarning'),
      okText: t('token.revoke'),
      okButtonProps: { danger: true, ...{ 'data-testid': 'token-revoke-ok' } },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await revoke({ variables: { id: token.id } });
          void message.success(t('token.revoked', { name: token.name }));
        } catch (err) {
          void message.error(describeError(err));
        }
        await refetch();
      },
    });
  const actions = (token: AccessTokenRowFragment) =>
    token.allowedActions.includes('REVOKE') ? (
      <Button size="small" danger onClick={() => confirmRevoke(token)} data-testid="token-revoke">
        {t('token.revoke')}
      </Button>
    ) : null;
  const status = (s: AccessTokenStatus) => <Tag color={STATUS_COLOR[s]}>{t(`token.status.${s}`)}</Tag>;
  const name = (token: AccessTokenRowFragment) => (
    <Flex vertical>
      <Typography.Text strong>{token.name}</Typography.Text>
      <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
        {token.displayPrefix}…
      </Typography.Text>
    </Flex>
  );
  const dates = (token: AccessTokenRowFragment) =>
    t('token.dates', {
      created: formatTime(token.createdAt),
      expires: formatDate(token.expiresAt),
      used: token.lastUsedAt ? formatTime(token.lastUsedAt) : t('token.neverUsed'),
    });

  const columns: TableColumnsType<AccessTokenRowFragment> = [
    { title: t('token.name'), key: 'name', render: (_, token) => name(token) },
    { title: t('token.unit'), key: 'unit', render: (_, token) => token.orgUnit?.name ?? '' },
    { title: t('common.status'), dataIndex: 'status', width: 100, render: status },
    { title: t('token.expiresAt'), dataIndex: 'expiresAt', width: 120, render: (v: string) => formatDate(v) },
    {
      title: t('token.lastUsedAt'),
      dataIndex: 'lastUsedAt',
      width: 150,
      render: (v: string | null) => (v ? formatTime(v) : t('token.neverUsed')),
    },
    { title: t('common.actions'), key: 'actions', width: 100, render: (_, token) => actions(token) },
  ];

  if (phone)
    return (
      <CardList loading={loading} empty={t('token.none')} testId="access-tokens">
        {tokens.map((token) => (
          <Card key={token.id} size="small" data-testid="access-token">
            <Flex vertical gap={6}>
              <Flex justify="space-between" align="start" gap={8}>
                {name(token)}
                {status(token.status)}
              </Flex>
              <Typography.Text>{token.orgUnit?.name}</Typography.Text>
              <Typography.Text type="secondary">{dates(token)}</Typography.Text>
              {actions(token)}
            </Flex>
          </Card>
        ))}
      </CardList>
    );
  return (
    <Table<AccessTokenRowFragment>
      rowKey="id"
      columns={columns}
      dataSource={tokens as AccessTokenRowFragment[]}
      loading={loading}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('token.none') }}
      onRow={() => ({ 'data-testid': 'access-token' }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}
