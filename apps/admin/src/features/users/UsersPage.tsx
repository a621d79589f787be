import { useState } from 'react';
import { Navigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { UserRowFragment } from '../../gql/graphql';
import { useCurrentUser } from '../../shared/auth/current-user';
import { HOME_PATH } from '../../shared/paths';
import { describeError } from '../../shared/api/errors';
import { roleLabel } from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';
import { KeysetPager } from '../../shared/ui/KeysetPager';
import { useKeysetPages } from '../../shared/ui/use-keyset-pages';
import { OrgUnitPicker } from '../org/OrgUnitPicker';
import { UserAccessTokensModal } from '../access-tokens/UserAccessTokensModal';
import { ResetPasswordModal, UserFormModal } from './UserModals';
import { ROLE_COLOR } from './user-rules';
import { UpdateUserMutation, UsersQuery } from './user-queries';

interface Filter {
  search: string | null;
  orgUnitId: string | null;
}

type Dialog =
  | { mode: 'create' }
  | { mode: 'edit'; user: UserRowFragment }
  | { mode: 'reset'; user: UserRowFragment }
  | { mode: 'tokens'; user: UserRowFragment };

/** 用户管理 (ADMIN): the accounts of the admin's subtree, searched and paged by the API. */
export default function UsersPage() {
  const t = useT();
  const me = useCurrentUser();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<{ search?: string; orgUnitId?: string }>();
  const pager = useKeysetPages<Filter>({ search: null, orgUnitId: null });
  const { restart } = pager;
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const isAdmin = me.roles.includes('ADMIN');

  const { data, previousData, loading } = useQuery(UsersQuery, {
    variables: { ...pager.filter, first: pager.pageSize, after: pager.after },
    fetchPolicy: 'cache-and-network',
    skip: !isAdmin,
  });
  const [update] = useMutation(UpdateUserMutation, { context: { inlineErrors: true } });

  if (!isAdmin) return <Navigate to={HOME_PATH} replace />;

  const conn = (data ?? previousData)?.users;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  const total = conn?.totalCount ?? 0;

  const toggleActive = (u: UserRowFragment) =>
    modal.confirm({
      title: u.active ? t('user.deactivate') : t('user.activate'),
      content: t(u.active ? 'user.deactivateConfirm' : 'user.activateConfirm', {
        name: u.displayName,
        username: u.username,
      }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: u.active },
      onOk: () =>
        update({ variables: { id: u.id, input: { active: !u.active } } }).then(
          () =>
            void message.success(
              t(u.active ? 'user.deactivated' : 'user.activated', { username: u.username }),
            ),
          (err: unknown) => void message.error(describeError(err)),
        ),
    });

  const columns: TableColumnsType<UserRowFragment> = [
    {
      title: t('user.username'),
      dataIndex: 'username',
      width: 170,
      render: (v: string, r) => (
        <Space size={4}>
          <Typography.Text data-col="username">{v}</Typography.Text>
          {r.id === me.id && <Tag>{t('user.self')}</Tag>}
        </Space>
      ),
    },
    { title: t('user.displayName'), dataIndex: 'displayName', ellipsis: true },
    { title: t('user.unit'), ellipsis: true, render: (_, r) => r.orgUnit.name },
    {
      title: t('user.roles'),
      dataIndex: 'roles',
      render: (_, r) => (
        <Space size={2} wrap>
          {r.roles.map((role) => (
            <Tag key={role} color={ROLE_COLOR[role]} data-role={role}>
              {t(roleLabel(role))}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('common.status'),
      dataIndex: 'active',
      width: 90,
      render: (active: boolean) => (
        <Tag color={active ? 'success' : 'default'} data-active={String(active)}>
          {active ? t('user.active') : t('user.inactive')}
        </Tag>
      ),
    },
    {
      title: t('common.actions'),
      width: 290,
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setDialog({ mode: 'edit', user: r })}>
            {t('user.edit')}
          </Button>
          <Button
            type="link"
            size="small"
            danger={r.active}
            disabled={r.id === me.id}
            data-testid="user-toggle-active"
            onClick={() => toggleActive(r)}
          >
            {r.active ? t('user.deactivate') : t('user.activate')}
          </Button>
          <Button type="link" size="small" onClick={() => setDialog({ mode: 'reset', user: r })}>
            {t('user.resetPassword')}
          </Button>
          <Button
            type="link"
            size="small"
            data-testid="user-access-tokens"
            onClick={() => setDialog({ mode: 'tokens', user: r })}
          >
            {t('nav.accessTokens')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Form
          form={form}
          // Prefixes the field ids, so they do not clash with the user dialog's.
          name="userFilter"
          layout="inline"
          style={{ rowGap: 8 }}
          onFinish={(v) => restart({ search: v.search?.trim() || null, orgUnitId: v.orgUnitId || null })}
        >
          <Form.Item name="search">
            <Input.Search
              allowClear
              placeholder={t('user.searchPlaceholder')}
              aria-label={t('user.searchPlaceholder')}
              style={{ width: 220 }}
              onSearch={() => form.submit()}
              data-testid="user-search"
            />
          </Form.Item>
          <Form.Item name="orgUnitId">
            <OrgUnitPicker
              rootSelectable
              placeholder={t('user.unitFilter')}
              aria-label={t('user.unitFilter')}
              style={{ width: 200 }}
            />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              {t('common.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                restart({ search: null, orgUnitId: null });
              }}
            >
              {t('common.reset')}
            </Button>
          </Space>
        </Form>
      </Card>
      <Card
        size="small"
        title={t('user.pageTitle')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDialog({ mode: 'create' })}
            data-testid="user-new"
          >
            {t('user.new')}
          </Button>
        }
      >
        <Table<UserRowFragment>
          rowKey="id"
          size="small"
          data-testid="user-table"
          columns={columns}
          dataSource={rows}
          loading={loading && !rows.length}
          pagination={false}
          locale={{ emptyText: t('user.empty') }}
          onRow={(r) => ({ 'data-username': r.username }) as React.HTMLAttributes<HTMLElement>}
        />
        <KeysetPager pager={pager} total={total} pageInfo={data?.users.pageInfo} totalTestId="user-total" />
      </Card>
      {dialog?.mode === 'create' && (
        <UserFormModal
          onClose={() => setDialog(null)}
          onCreated={(username) => {
            // Show the new account: search for it from the first page.
            form.setFieldsValue({ search: username, orgUnitId: undefined });
            restart({ search: username, orgUnitId: null });
          }}
        />
      )}
      {dialog?.mode === 'edit' && <UserFormModal user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.mode === 'reset' && <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.mode === 'tokens' && (
        <UserAccessTokensModal user={dialog.user} onClose={() => setDialog(null)} />
      )}
    </Flex>
  );
}
