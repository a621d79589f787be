import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, Flex, Grid, Layout, Menu, Result, Space, Tag, Typography } from 'antd';
import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { signOut } from '../shared/auth/session';
import { describeError } from '../shared/api/errors';
import { PageSpinner } from '../shared/feedback/PageSpinner';
import { LocaleSwitch } from '../shared/i18n/LocaleSwitch';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { useT } from '../shared/i18n/locale';
import { roleLabel } from '../shared/domain/rules';
import { CurrentUserQuery, type CurrentUser } from '../shared/auth/current-user';
import { navFor, selectedNav } from './navigation';

/** The signed-in frame: menu, who is signed in, language, sign-out; pages render in the content area. */
export default function AppLayout() {
  const t = useT();
  const { data, error, refetch } = useQuery(CurrentUserQuery);

  if (data?.me) return <Frame me={data.me} />;
  if (error)
    return (
      <Result
        status="error"
        title={describeError(error)}
        extra={<Button onClick={() => void refetch()}>{t('app.reload')}</Button>}
      />
    );
  return <PageSpinner />;
}

function Frame({ me }: { me: CurrentUser }) {
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const client = useApolloClient();
  // A phone (below md) gets the menu as an overlay that starts hidden, and a compact header.
  const phone = Grid.useBreakpoint().md === false;
  const [collapsed, setCollapsed] = useState(false);
  const nav = navFor(me.roles, me.orgUnit.kind, me.actingSignerToday);
  const selected = selectedNav(nav, pathname);

  const logout = () => {
    signOut();
    // The next user must not see this user's cached data.
    void client.clearStore();
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={200}
        breakpoint="md"
        collapsedWidth={phone ? 0 : 80}
        trigger={phone ? null : undefined}
        // On a phone it opens over the page, below the header that holds its toggle.
        style={phone ? { position: 'fixed', insetInlineStart: 0, top: 64, bottom: 0, zIndex: 20 } : undefined}
      >
        <Typography.Title
          level={5}
          ellipsis
          style={{ color: '#fff', margin: 0, padding: '18px 16px', whiteSpace: 'nowrap' }}
        >
          {collapsed ? t('app.title').charAt(0) : t('app.title')}
        </Typography.Title>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected}
          items={nav.map((i) => ({ key: i.path, icon: i.icon, label: t(i.label) }))}
          onClick={({ key }) => {
            navigate(key);
            if (phone) setCollapsed(true);
          }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: phone ? '0 8px' : '0 24px',
            borderBottom: '1px solid rgba(5,5,5,0.06)',
          }}
        >
          <Flex align="center" justify="space-between" gap={phone ? 4 : 16} style={{ height: '100%' }}>
            <Flex align="center" gap={4} style={{ minWidth: 0 }}>
              {phone && (
                <Button
                  type="text"
                  icon={<MenuOutlined />}
                  aria-label={t('app.menu')}
                  aria-expanded={!collapsed}
                  onClick={() => setCollapsed(!collapsed)}
                  data-testid="menu-toggle"
                />
              )}
              <Typography.Text strong ellipsis data-testid="current-unit">
                {me.orgUnit.name}
              </Typography.Text>
            </Flex>
            <Space size={phone ? 'small' : 'middle'} wrap={false}>
              {!phone && <Typography.Text data-testid="current-user">{me.displayName}</Typography.Text>}
              {!phone && (
                <span data-testid="current-roles">
                  {me.roles.map((r) => (
                    <Tag key={r} color="blue">
                      {t(roleLabel(r))}
                    </Tag>
                  ))}
                </span>
              )}
              <NotificationBell />
              <LocaleSwitch />
              <Button icon={<LogoutOutlined />} onClick={logout} aria-label={t('header.logout')}>
                {phone ? null : t('header.logout')}
              </Button>
            </Space>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: phone ? 8 : 16, minWidth: 0 }}>
          <Suspense fallback={<PageSpinner />}>
            <Outlet context={me} />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
