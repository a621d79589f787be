import { useQuery } from '@apollo/client/react';
import { Modal } from 'antd';
import { useT } from '../../shared/i18n/locale';
import { AccessTokenList } from './AccessTokenList';
import { UserAccessTokensQuery } from './access-token-queries';

/** 用户管理 → 访问令牌: an administrator sees a user's tokens and may revoke them (the API's allowedActions). */
export function UserAccessTokensModal({
  user,
  onClose,
}: {
  user: { id: string; displayName: string };
  onClose: () => void;
}) {
  const t = useT();
  const { data, loading, refetch } = useQuery(UserAccessTokensQuery, {
    variables: { userId: user.id },
    fetchPolicy: 'network-only',
  });
  return (
    <Modal
      open
      width={900}
      title={t('token.ofUser', { name: user.displayName })}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
    >
      <AccessTokenList tokens={data?.userAccessTokens ?? []} loading={loading} refetch={refetch} />
    </Modal>
  );
}
