import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Space, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useT } from '../../shared/i18n/locale';
import { AccessTokenList } from './AccessTokenList';
import { MyAccessTokensQuery } from './access-token-queries';
import { CreateAccessTokenModal } from './CreateAccessTokenModal';

/**
 * 访问令牌 (every user): tokens with which the user's outside tools read progress over the API without
 * a password, read-only and over a unit of the user's subtree; made, listed and revoked here.
 */
export default function AccessTokensPage() {
  const t = useT();
  const [creating, setCreating] = useState(false);
  const { data, loading, refetch } = useQuery(MyAccessTokensQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <Card
      title={t('nav.accessTokens')}
      extra={
        <Space wrap>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="token-new"
          >
            {t('token.new')}
          </Button>
          <Button icon={<ReloadOutlined />} onClick={() => refetch()} aria-label={t('common.refresh')} />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('token.intro')}</Typography.Paragraph>
      <AccessTokenList tokens={data?.myAccessTokens ?? []} loading={loading} refetch={refetch} />
      {creating && <CreateAccessTokenModal onClose={() => setCreating(false)} />}
    </Card>
  );
}
