import { Navigate, useLocation } from 'react-router';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { HOME_PATH } from '../../shared/paths';
import { graphql } from '../../gql';
import { describeError } from '../../shared/api/errors';
import { signIn, useSession } from '../../shared/auth/session';
import { LocaleSwitch } from '../../shared/i18n/LocaleSwitch';
import { useT } from '../../shared/i18n/locale';

const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
    }
  }
`);

interface Credentials {
  username: string;
  password: string;
}

export default function LoginPage() {
  const t = useT();
  const { token, expired } = useSession();
  const location = useLocation();
  const client = useApolloClient();
  const [login, { loading, error, reset }] = useMutation(LoginMutation, {
    // A wrong password is shown in the form, not as a global toast.
    context: { inlineErrors: true },
    onCompleted: async ({ login }) => {
      // Start from an empty cache so nothing of a previous user survives.
      await client.clearStore();
      signIn(login.token);
    },
  });

  // Signed in (just now or in another tab): go where the user was heading.
  if (token) {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from ?? HOME_PATH} replace />;
  }

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', background: '#f0f2f5' }}>
      <Card style={{ width: 380 }}>
        <Flex justify="space-between" align="start">
          <div>
            <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
              {t('login.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
          </div>
          <LocaleSwitch />
        </Flex>
        <Form<Credentials>
          layout="vertical"
          requiredMark={false}
          disabled={loading}
          style={{ marginTop: 24 }}
          onFinish={(values) => void login({ variables: values })}
          onValuesChange={() => error && reset()}
        >
          <Form.Item
            label={t('login.username')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            label={t('login.password')}
            name="password"
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          {error ? (
            <Alert type="error" showIcon title={describeError(error)} style={{ marginBottom: 16 }} />
          ) : (
            expired && (
              <Alert type="warning" showIcon title={t('login.expired')} style={{ marginBottom: 16 }} />
            )
          )}
          <Button type="primary" htmlType="submit" block loading={loading}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
